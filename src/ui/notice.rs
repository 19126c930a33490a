//! A blocking message (e.g. storage full): the page waits until the user closes it, and it
//! offers the way out (export everything).

use leptos::prelude::*;

use crate::ui::route::Route;
use crate::ui::state::App;

#[component]
pub fn NoticeDialog() -> impl IntoView {
    let app = App::use_app();
    let s = move || app.lang.get().strings();
    move || {
        app.notice.get().map(|notice| {
            let close = move |_| app.notice.set(None);
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
                        <div class="tombol-baris">
                            {notice.offer_export.then(|| view! {
                                <a class="tombol utama" href=Route::ImporEkspor.href() on:click=close>{move || s().storage.export_now}</a>
                            })}
                            <button type="button" id="tutup-pemberitahuan" class="tombol" on:click=close>{move || s().storage.close}</button>
                        </div>
                    </div>
                </div>
            }
        })
    }
}
