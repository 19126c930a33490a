//! Kasus Baru: the case identity with validation at each field, then a "periksa kembali"
//! summary before the case is saved.

use leptos::prelude::*;

use crate::app::forms::draft;
use crate::app::route::Route;
use crate::core::case::Identity;
use crate::core::numbers::{format_number, format_rupiah};
use crate::i18n::field_label;
use crate::ui::form::FormState;
use crate::ui::state::App;
use crate::ui::step::identity_form;

#[component]
pub fn NewCasePage() -> impl IntoView {
    let app = App::use_app();
    let s = move || app.lang.get().strings();
    let form = FormState::new(draft::empty_identity(), app.lang);
    let review = RwSignal::new(None::<Identity>);
    let message = RwSignal::new(None::<String>);
    let check = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match form.draft.with_untracked(draft::build_identity) {
            Ok(identity) => {
                form.errors.set(Vec::new());
                message.set(None);
                review.set(Some(identity));
                request_animation_frame(|| {
                    if let Some(el) = document().get_element_by_id("judul-periksa") {
                        el.scroll_into_view();
                    }
                });
            }
            Err(errors) => {
                message.set(Some(s().step.fix_fields.to_string()));
                form.show_errors(errors);
            }
        }
    };
    let save = move |_| {
        let Some(identity) = review.get_untracked() else {
            return;
        };
        match app.create_case(identity) {
            Ok(id) => {
                let _ = window()
                    .location()
                    .set_hash(&Route::Kasus(id.to_string()).href());
            }
            Err(refusal) => {
                message.set(Some(refusal.message));
                if !refusal.fields.is_empty() {
                    review.set(None);
                    form.show_errors(refusal.fields);
                }
            }
        }
    };
    view! {
        <h1>{move || s().nav.kasus_baru}</h1>
        <p class="catatan">{move || s().new_case.intro}</p>
        <Show
            when=move || review.with(|r| r.is_none())
            fallback=move || view! {
                <section class="panel" aria-labelledby="judul-periksa">
                    <h2 id="judul-periksa" tabindex="-1">{move || s().new_case.review}</h2>
                    {move || review.get().map(|id| summary(&id, app))}
                    <p class="pesan-galat" role="alert">{move || message.get()}</p>
                    <div class="tombol-baris">
                        <button type="button" class="tombol" on:click=move |_| review.set(None)>{move || s().new_case.change}</button>
                        <button type="button" class="tombol utama" on:click=save>{move || s().new_case.save}</button>
                    </div>
                </section>
            }
        >
            <form class="panel" on:submit=check novalidate>
                {identity_form(form, app.lang)}
                <p class="pesan-galat" role="alert">{move || message.get()}</p>
                <button type="submit" class="tombol utama">{move || s().new_case.check}</button>
            </form>
        </Show>
    }
}

fn summary(id: &Identity, app: App) -> impl IntoView {
    let lang = app.lang.get_untracked();
    let f = |k: &str| field_label(k, lang);
    let mut rows = vec![
        (f("company"), id.company.clone()),
        (f("nib"), id.nib.clone()),
        (f("npwp"), id.npwp.clone()),
        (f("iui_number"), id.iui_number.clone()),
        (f("kbli"), id.kbli.clone()),
        (f("address"), id.address.clone()),
        (f("regency"), id.regency.clone()),
    ];
    for c in &id.commodities {
        rows.push((
            f("commodities.*.name"),
            format!(
                "{}: {} → {} {}",
                c.name,
                format_number(c.capacity_before),
                format_number(c.capacity_after),
                c.unit
            ),
        ));
    }
    rows.push((f("workforce"), format_number(f64::from(id.workforce))));
    rows.push((f("investment"), format_rupiah(id.investment)));
    rows.push((f("responsible_person"), id.responsible_person.clone()));
    view! {
        <dl class="identitas">
            {rows.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
        </dl>
    }
}
