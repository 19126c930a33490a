//! `#/kasus/<id>/cetak/<kind>`: a document on an A4 sheet, with a print button and a way
//! back (both hidden when printing). Every printout ends with the case id and the history
//! hash, so a paper can be matched to the history it was made from.

use leptos::prelude::*;

use crate::app::route::Route;
use crate::core::case::{CaseId, CaseState};
use crate::i18n::dates::date_time;
use crate::i18n::Lang;
use crate::ui::state::App;

use super::docs::{document, kop};
use crate::app::documents::{build, Office, Unavailable};

#[component]
pub fn PrintPage(case_id: String, kind: String) -> impl IntoView {
    let app = App::use_app();
    let s = move || app.lang.get().strings();
    let kind = StoredValue::new(kind);
    let back = Route::Kasus(case_id.clone()).href();
    let id = CaseId::from(case_id.as_str());
    // Follows the store: a step recorded in another tab makes the document appear.
    let state = Memo::new(move |_| {
        app.case(&id)
            .map(|c| c.state().clone())
            .map_err(|e| e.message(app.lang.get()))
    });
    let office = Memo::new(move |_| {
        app.settings.with(|st| Office {
            name: st.office_name.clone(),
            letterhead: st.letterhead.clone(),
        })
    });
    let doc = Memo::new(move |_| {
        state.with(|st| {
            st.as_ref().ok().map(|st| {
                kind.with_value(|k| {
                    app.sop.with(|sop| {
                        app.calendar
                            .with(|cal| office.with(|o| build(k, st, sop, cal, o)))
                    })
                })
            })
        })
    });
    let ready = move || doc.with(|d| matches!(d, Some(Ok(_))));
    let title = move || {
        app.sop
            .with(|sop| kind.with_value(|k| sop.document_name(k).unwrap_or(k).to_string()))
    };

    let body = move || match state.get() {
        Err(message) => view! {
            <p class="peringatan" role="alert">{move || s().case.not_found}": "{message}</p>
        }
        .into_any(),
        Ok(st) => match doc.get() {
            None | Some(Err(Unavailable::UnknownKind)) => {
                view! { <p class="peringatan" role="alert">{move || s().print.not_printable}</p> }
                    .into_any()
            }
            Some(Err(Unavailable::StepNotDone(no))) => {
                let activity = app.sop.with(|sop| {
                    sop.step(no)
                        .map(|st| st.activity.clone())
                        .unwrap_or_default()
                });
                view! {
                    <p class="peringatan" role="status">
                        {move || s().print.not_ready_a}" "{no}" ("{activity}") "{move || s().print.not_ready_b}
                    </p>
                }
                .into_any()
            }
            Some(Ok(d)) => view! {
                <article class="kertas" aria-label=move || s().print.preview>
                    {move || kop(office.with(|o| app.sop.with(|sop| o.kop(sop))))}
                    {document(d, app.lang)}
                    {footer(&st, app)}
                </article>
            }
            .into_any(),
        },
    };

    view! {
        <div class="cetak-alat">
            <p class="remah"><a href=back>{move || s().print.back}</a></p>
            <h1>{move || s().print.heading}" "{title}</h1>
            <Show when=ready>
                <p class="catatan">{move || s().print.hint}</p>
                <button type="button" class="tombol utama" on:click=|_| { let _ = window().print(); }>
                    {move || s().print.print}
                </button>
            </Show>
        </div>
        {body}
    }
}

/// Case id and history hash (short, to compare by eye; full, to check), and when printed.
fn footer(state: &CaseState, app: App) -> impl IntoView {
    let t = &Lang::Id.strings().letter;
    let hash = &state.history_hash;
    let printed = date_time(app.now.get_untracked(), Lang::Id);
    view! {
        <footer class="kertas-kaki">
            <p>{format!("{} {} · {printed}", t.footer_printed, crate::APP_VERSION)}</p>
            <p>{format!("{} {} · {} {}", t.footer_case, state.id, t.footer_hash, hash.short())}</p>
            <p class="hash-penuh">{hash.to_hex()}</p>
        </footer>
    }
}
