//! A blocking message (e.g. storage full): the page waits until the user closes it, and it
//! offers the way out: its button exports every case at once and says how that went.

use leptos::prelude::*;

use crate::ui::state::App;

#[component]
pub fn NoticeDialog() -> impl IntoView {
    let app = App::use_app();
    let s = move || app.lang.get().strings();
    // The export's outcome, shown in the dialog until it closes.
    let exported = RwSignal::new(None::<Result<String, String>>);
    move || {
        app.notice.get().map(|notice| {
            let close = move |_| {
                exported.set(None);
                app.notice.set(None);
            };
            let export = move |_| exported.set(Some(app.export_cases(None)));
            request_animation_frame(|| {
                if let Some(el) = document().get_element_by_id("tutup-pemberitahuan") {
                    if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<leptos::web_sys::HtmlElement>(el) {
                        let _ = el.focus();
                    }
                }
            });
            view! {
                <div class="dialog-latar">
                    <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="judul-pemberitahuan" aria-describedby="isi-pemberitahuan">
                        <h2 id="judul-pemberitahuan">{notice.title.clone()}</h2>
                        <p id="isi-pemberitahuan">{notice.text.clone()}</p>
                        {move || exported.get().map(|m| match m {
                            Ok(text) => view! { <p class="berhasil" role="status">{text}</p> }.into_any(),
                            Err(text) => view! { <p class="peringatan" role="alert">{text}</p> }.into_any(),
                        })}
                        <div class="tombol-baris">
                            {notice.offer_export.then(|| view! {
                                <button type="button" class="tombol utama" on:click=export>{move || s().storage.export_now}</button>
                            })}
                            <button type="button" id="tutup-pemberitahuan" class="tombol" on:click=close>{move || s().storage.close}</button>
                        </div>
                    </div>
                </div>
            }
        })
    }
}
