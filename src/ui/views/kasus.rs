//! A case's page: who and what, permit status and deadlines, the SOP flow table with the
//! path taken, the current step's panel, the documents and the timeline.

use leptos::prelude::*;

use crate::app::flow::Marks;
use crate::app::route::Route;
use crate::core::case::{Case, CaseId, CaseStatus, Command};
use crate::core::numbers::{format_number, format_rupiah};
use crate::i18n::dates::date;
use crate::i18n::field_label;
use crate::ui::case::{Correction, StatusPanel, Timeline};
use crate::ui::flow::FlowTable;
use crate::ui::state::App;
use crate::ui::step::StepPanel;
use crate::ui::views::conflicts::ConflictPanel;

#[component]
pub fn CasePage(id: CaseId) -> impl IntoView {
    let app = App::use_app();
    let s = move || app.lang.get().strings();
    let id = StoredValue::new(id);
    // Only whether the case opens: the view below follows later changes itself, so a
    // change from another tab never rebuilds the page (and never wipes a half-typed form).
    let opens = Memo::new(move |_| {
        id.with_value(|id| {
            app.case(id)
                .map(|_| ())
                .map_err(|e| e.message(app.lang.get()))
        })
    });
    move || {
        match opens.get() {
        Err(message) => view! {
            <h1>{move || s().case.not_found}</h1>
            <p class="peringatan" role="alert">{message}</p>
            <p><a href=Route::DaftarKasus.href()>{move || s().case.back_to_list}</a></p>
        }
        .into_any(),
        Ok(()) => match untrack(|| id.with_value(|id| app.case(id))) {
            Ok(case) => view! { <CaseView case /> }.into_any(),
            Err(e) => view! { <p class="peringatan" role="alert">{e.message(app.lang.get_untracked())}</p> }.into_any(),
        },
    }
    }
}

#[component]
fn CaseView(case: Case) -> impl IntoView {
    let app = App::use_app();
    let s = move || app.lang.get().strings();
    let case = RwSignal::new(case);
    // Follow the store: another tab or an action here changes the case.
    Effect::new(move |_| {
        let id = case.with_untracked(|c| c.id().clone());
        if let Ok(fresh) = app.case(&id) {
            if fresh != case.get_untracked() {
                case.set(fresh);
            }
        }
    });
    // Memos, so a step done recomputes each once and redraws only the parts it changed.
    let state = Memo::new(move |_| case.with(|c| c.state().clone()));
    let status = Memo::new(move |_| -> CaseStatus {
        case.with(|c| c.status_at(&app.sop.get(), app.now.get(), &app.calendar.get()))
    });
    let identity_data = Memo::new(move |_| state.with(|st| st.identity.clone()));
    let document_list = Memo::new(move |_| state.with(|st| st.documents.clone()));
    let marks = Memo::new(move |_| case.with(|c| Marks::of(c.state())));
    let export_message = RwSignal::new(None::<Result<String, String>>);
    let copy_message = RwSignal::new(None::<Result<String, String>>);
    let guided = Signal::derive(move || {
        app.training()
            && app.guide.with(|g| {
                g.as_ref()
                    .is_some_and(|run| case.with(|c| c.id() == &run.case))
            })
    });
    let on_refused = Callback::new(move |(step, refusal): (u8, crate::ui::step::Refusal)| {
        if guided.get_untracked() {
            crate::ui::guide::record_mistake(app, step, &refusal);
        }
    });
    // The office's buku agenda: the next free numbers for a step's letter.
    let agenda = Memo::new(move |_| {
        use crate::core::register::Direction;
        use chrono::Datelike;
        let year = crate::core::calendar::wib_date(app.now.get()).year();
        let (masuk, keluar, office) = app.read_store(|s| {
            (
                s.next_letter_seq(Direction::Masuk, year),
                s.next_letter_seq(Direction::Keluar, year),
                s.office().id.clone(),
            )
        });
        app.settings.with(|s| {
            Some(crate::app::forms::agenda::AgendaContext::new(
                |d| match d {
                    Direction::Masuk => masuk,
                    Direction::Keluar => keluar,
                },
                office,
                s.office_name.clone(),
                s.agenda.clone(),
            ))
        })
    });
    let copy = move |_| {
        let identity = state.with_untracked(|st| st.identity.clone());
        copy_message.set(Some(
            app.copy_to_real(identity)
                .map(|_| s().training.copied.to_string())
                .map_err(|r| r.message),
        ));
    };
    let events = Signal::derive(move || case.with(|c| c.events().to_vec()));
    // A memo: the names change on an import or in Pengaturan, not at every step.
    let office_names = Memo::new(move |_| app.read_store(|s| s.office_directory()));
    let superseded = Signal::derive(move || state.with(|s| s.superseded.clone()));
    let on_command = Callback::new(move |command: Command| {
        let id = case.with_untracked(|c| c.id().clone());
        let result = app.execute(&id, command);
        if let Ok(fresh) = app.case(&id) {
            case.set(fresh);
        }
        result
    });
    let identity = move || {
        let lang = app.lang.get();
        identity_data.with(|id| {
            let f = |k: &str| field_label(k, lang);
            let rows = vec![
                (f("nib"), id.nib.clone()),
                (f("kbli"), id.kbli.clone()),
                (f("npwp"), id.npwp.clone()),
                (f("iui_number"), id.iui_number.clone()),
                (f("address"), format!("{}, {}", id.address, id.regency)),
                (f("workforce"), format_number(f64::from(id.workforce))),
                (f("investment"), format_rupiah(id.investment)),
                (s().case.ip.to_string(), id.oss_ip.as_ref().map(|ip| format!("{} · {}", ip.number, date(ip.date, lang))).unwrap_or_else(|| "—".into())),
                (s().case.request.to_string(), id.siinas_request.as_ref().map(|r| format!("{} · {}", r.number, date(r.date, lang))).unwrap_or_else(|| "—".into())),
            ];
            view! {
                <dl class="identitas">
                    {rows.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
                </dl>
                <table class="tabel">
                    <caption>{f("commodities")}</caption>
                    <thead><tr>
                        <th scope="col">{f("commodities.*.name")}</th>
                        <th scope="col">{f("commodities.*.capacity_before")}</th>
                        <th scope="col">{f("commodities.*.capacity_after")}</th>
                    </tr></thead>
                    <tbody>
                        {id.commodities.iter().map(|c| view! {
                            <tr>
                                <td>{c.name.clone()}</td>
                                <td>{format!("{} {}", format_number(c.capacity_before), c.unit)}</td>
                                <td>{format!("{} {}", format_number(c.capacity_after), c.unit)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }
        })
    };
    let documents = move || {
        let lang = app.lang.get();
        let sop = app.sop.get();
        let case_id = case.with_untracked(|c| c.id().clone());
        document_list.with(|documents| {
            documents
                .iter()
                .rev()
                .map(|d| {
                    let name = sop.document_name(&d.kind).unwrap_or(&d.kind).to_string();
                    let printable = crate::ui::print::printable(&d.kind);
                    let href = Route::Cetak(case_id.to_string(), d.kind.clone()).href();
                    view! {
                        <li>
                            {if printable { view! { <a href=href>{name}</a> }.into_any() } else { view! { <span>{name}</span> }.into_any() }}
                            {d.number.clone().map(|n| format!(" · {n}"))}
                            {d.date.map(|day| format!(" · {}", date(day, lang)))}
                            {format!(" · {} {}", s().step.step, d.step)}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <p class="remah"><a href=Route::DaftarKasus.href()>{move || s().case.back_to_list}</a></p>
        <h1>{move || identity_data.with(|id| id.company.clone())}</h1>
        <div class="kasus-atas">
            <section class="panel" aria-labelledby="judul-identitas">
                <h2 id="judul-identitas">{move || s().case.identity}</h2>
                {identity}
                <Show when=move || app.training()>
                    <button type="button" class="tombol" on:click=copy>{move || s().training.copy_to_real}</button>
                    {move || copy_message.get().map(|m| match m {
                        Ok(text) => view! { <p class="berhasil" role="status">{text}</p> }.into_any(),
                        Err(text) => view! { <p class="peringatan" role="alert">{text}</p> }.into_any(),
                    })}
                </Show>
            </section>
            <StatusPanel status sop=app.sop lang=app.lang />
        </div>
        <ConflictPanel case=case on_command />
        <Show when=move || guided.get()>
            <crate::ui::guide::GuidePanel state />
        </Show>
        <StepPanel
            sop=app.sop
            case
            state
            status
            acting=app.acting
            lang=app.lang
            now=app.now
            on_command
            this_office=app.read_store(|s| s.office().id.clone())
            offer_to_all=guided
            on_refused
            agenda
        />
        <section class="panel" aria-labelledby="judul-alur">
            <h2 id="judul-alur">{move || s().case.flow}</h2>
            <FlowTable sop=app.sop marks lang=app.lang />
        </section>
        <section class="panel" aria-labelledby="judul-dokumen">
            <h2 id="judul-dokumen">{move || s().case.documents}</h2>
            <ul class="dokumen">{documents}</ul>
            <p class="catatan">{move || format!("{} {}", s().case.history_hash, state.with(|st| st.history_hash.short()))}</p>
            <button type="button" class="tombol" on:click=move |_| {
                let id = case.with_untracked(|c| c.id().clone());
                export_message.set(Some(app.export_cases(Some(vec![id]))));
            }>{move || s().files.export_one}</button>
            {move || export_message.get().map(|m| match m {
                Ok(text) => view! { <p class="berhasil" role="status">{text}</p> }.into_any(),
                Err(text) => view! { <p class="peringatan" role="alert">{text}</p> }.into_any(),
            })}
        </section>
        <Timeline events superseded sop=app.sop lang=app.lang names=office_names extra=Callback::new(move |id| view! { <Correction id case agenda on_command /> }.into_any()) />
    }
}
