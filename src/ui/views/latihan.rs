//! Latihan: enter or leave the training mode, start the guided walk-through, reset the
//! sample data, and the SOP reference.

use leptos::prelude::*;

use crate::app::route::Route;
use crate::store::Namespace;
use crate::ui::state::App;

#[component]
pub fn TrainingPage() -> impl IntoView {
    let app = App::use_app();
    let s = move || app.lang.get().strings();
    let message = RwSignal::new(None::<Result<String, String>>);
    let reset = move |_| {
        if !window()
            .confirm_with_message(s().training.reset_confirm)
            .unwrap_or(false)
        {
            return;
        }
        message.set(Some(
            app.reset_samples()
                .map(|_| s().training.reset_done.to_string())
                .map_err(|r| r.message),
        ));
    };
    let start = move |_| {
        if let Err(r) = crate::ui::guide::start(app, None) {
            message.set(Some(Err(r.message)));
        }
    };
    view! {
        <h1>{move || s().nav.latihan}</h1>
        <section class="panel">
            <p>{move || s().training.intro}</p>
            <Show
                when=move || app.training()
                fallback=move || view! {
                    <button type="button" class="tombol utama" on:click=move |_| app.switch_mode(Namespace::Training)>
                        {move || s().training.enter}
                    </button>
                }
            >
                <p>{move || s().training.guide_intro}</p>
                <div class="tombol-baris">
                    <button type="button" class="tombol utama" on:click=start>{move || s().training.start_guide}</button>
                    <a class="tombol" href=Route::DaftarKasus.href()>{move || s().training.samples}</a>
                    <button type="button" class="tombol" on:click=reset>{move || s().training.reset}</button>
                    <button type="button" class="tombol" on:click=move |_| app.switch_mode(Namespace::Real)>{move || s().training.leave}</button>
                </div>
            </Show>
            {move || message.get().map(|m| match m {
                Ok(text) => view! { <p class="berhasil" role="status">{text}</p> }.into_any(),
                Err(text) => view! { <p class="peringatan" role="alert">{text}</p> }.into_any(),
            })}
        </section>
        <p><a href=Route::Sop.href()>{move || s().training.reference}</a></p>
    }
}
