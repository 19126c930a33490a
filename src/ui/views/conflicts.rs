//! Two offices (or two tabs) recorded the same step differently. Both records are shown,
//! each with who recorded it and the office (copy) it came from, by name; a person with the
//! step's role (for corrections of a record, also the Kasi or the Kabid) chooses which
//! stands, with a reason. The other stays in the history, set aside.

use leptos::prelude::*;

use crate::app::timeline::describe;
use crate::core::case::{Case, Command, EventId};
use crate::i18n::dates::date_time;
use crate::ui::state::App;
use crate::ui::step::Refusal;

#[component]
pub fn ConflictPanel(
    case: RwSignal<Case>,
    /// Records the resolution (the case page's command, as for a step).
    on_command: Callback<Command, Result<(), Refusal>>,
) -> impl IntoView {
    let app = App::use_app();
    let s = move || app.lang.get().strings();
    let reason = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    move || {
        let conflicts = case.with(|c| c.state().conflicts.clone());
        (!conflicts.is_empty()).then(|| {
            let lang = app.lang.get();
            let sop = app.sop.get();
            let names = app.read_store(|st| st.office_directory());
            let events = case.with(|c| c.events().to_vec());
            conflicts
                .into_iter()
                .map(|conflict| {
                    let ids: Vec<EventId> = std::iter::once(conflict.applied.clone()).chain(conflict.others.clone()).collect();
                    let options = ids
                        .into_iter()
                        .map(|id| {
                            let event = case.with(|c| c.events().iter().find(|e| e.id == id).cloned());
                            let Some(event) = event else { return ().into_any() };
                            let d = describe(&event, &sop, lang, &events, &names);
                            let person = crate::core::offices::person(&event.author, &sop);
                            let office = names.office_line(&event.office, lang);
                            let keep = id.clone();
                            let (round, step) = (conflict.round, conflict.step);
                            view! {
                                <div class="konflik-pilihan">
                                    <p><strong>{d.title_in(conflict.round > 1, lang)}</strong></p>
                                    <p class="catatan">{date_time(event.at, lang)}" · "{person}" · "<span class="kantor-pencatat">{office}</span></p>
                                    <dl class="kejadian-isi">{d.details.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}</dl>
                                    <button type="button" class="tombol" on:click=move |_| {
                                        let command = Command::ResolveConflict { round, step, keep: keep.clone(), reason: reason.get_untracked() };
                                        message.set(on_command.run(command).err().map(|r| r.message));
                                    }>{move || s().conflict.keep_this}</button>
                                </div>
                            }
                            .into_any()
                        })
                        .collect_view();
                    view! {
                        <section class="panel konflik" role="alert">
                            // Between corrections (koreksi) of one record, or between records.
                            <h2>{format!("{} {}", if conflict.record.is_some() { s().correction.conflict_heading } else { s().conflict.heading }, conflict.step)}</h2>
                            <p>{if conflict.record.is_some() { s().correction.conflict_explain } else { s().conflict.explain }}</p>
                            <div class="konflik-daftar">{options}</div>
                            <div class="isian">
                                <label for="alasan-konflik">{s().conflict.reason}</label>
                                <textarea id="alasan-konflik" rows="2" prop:value=move || reason.get() on:input=move |ev| reason.set(event_target_value(&ev))></textarea>
                            </div>
                            <p class="pesan-galat" role="alert">{move || message.get()}</p>
                        </section>
                    }
                })
                .collect_view()
        })
    }
}
