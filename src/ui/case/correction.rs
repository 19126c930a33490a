//! A record's correction (koreksi) in the timeline: the mark of a record that was
//! corrected, and for the roles that may correct it a "Koreksi" action opening the step's
//! own form, prefilled with the values it has now, with a mandatory reason.

use leptos::prelude::*;

use crate::app::forms::agenda::{self, AgendaContext};
use crate::app::forms::correction::{self, REASON};
use crate::core::calendar::wib_date;
use crate::core::case::{may_correct, Case, Command, CommandError, EventId};
use crate::core::register::{letter_spec, Direction};
use crate::ui::form::{Field, FormState, Kind};
use crate::ui::state::App;
use crate::ui::step::forms::{step_form, AgendaFields};
use crate::ui::step::Refusal;

/// Field ids of the correction form start with this, apart from the current step's form.
const SCOPE: &str = "koreksi-";

#[component]
pub fn Correction(
    /// The timeline's event: a record of a step (anything else shows nothing).
    id: EventId,
    case: RwSignal<Case>,
    #[prop(into)] agenda: Signal<Option<AgendaContext>>,
    on_command: Callback<Command, Result<(), Refusal>>,
) -> impl IntoView {
    let app = App::use_app();
    let s = move || app.lang.get().strings();
    let id = StoredValue::new(id);
    // The step of the record, while it stands on the path; and whether it was corrected.
    let standing =
        Memo::new(move |_| case.with(|c| id.with_value(|id| c.recorded(id).map(|now| now.step))));
    let corrected =
        Memo::new(move |_| case.with(|c| id.with_value(|id| c.state().corrected(id).is_some())));
    let allowed = Memo::new(move |_| {
        let (Some(no), Some((role, _))) = (standing.get(), app.acting.get()) else {
            return false;
        };
        app.sop.with(|sop| {
            sop.step(no)
                .is_some_and(|step| may_correct(sop, &role, step))
        })
    });
    let open = RwSignal::new(false);
    let saved = RwSignal::new(false);
    let form_view = move || {
        if !open.get() {
            return None;
        }
        let (no, draft, letter, editable, latest) = case.with_untracked(|c| {
            let now = id.with_value(|id| c.recorded(id))?;
            let ctx = agenda.get_untracked();
            Some((
                now.step,
                correction::prefill(&now),
                now.letter.is_some(),
                correction::letter_editable(&now, ctx.as_ref()),
                now.latest.clone(),
            ))
        })?;
        // The values the form was filled from: a correction made meanwhile (another tab
        // or office) is refused, and the form is filled again from it.
        let base = StoredValue::new(latest);
        let step = app.sop.with_untracked(|sop| sop.step(no).cloned())?;
        let form = FormState::scoped(draft, app.lang, SCOPE);
        let message = RwSignal::new(None::<String>);
        let form_kind = step.form;
        let refused = move |refusal: Refusal| {
            message.set(Some(refusal.message));
            form.show_errors(refusal.fields);
        };
        let submit = move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let today = wib_date(app.now.get_untracked());
            let ctx = agenda.get_untracked();
            let built = case.with_untracked(|c| {
                let now = id.with_value(|id| c.recorded(id))?;
                Some(form.draft.with_untracked(|d| {
                    correction::build_command(form_kind, &now, d, today, ctx.as_ref())
                }))
            });
            let built = built.map(|result| {
                result.map(|command| match command {
                    Command::Correct {
                        data,
                        letter,
                        reason,
                        ..
                    } => Command::Correct {
                        corrects: base.get_value(),
                        data,
                        letter,
                        reason,
                    },
                    other => other,
                })
            });
            let lang = app.lang.get_untracked();
            match built {
                // The record no longer stands (set aside by a conflict meanwhile).
                None => refused(Refusal {
                    message: id.with_value(|id| CommandError::SetAside(id.clone()).message(lang)),
                    ..Refusal::default()
                }),
                Some(Err(fields)) => refused(Refusal {
                    message: if fields.iter().any(|f| f.field == REASON) {
                        CommandError::NoReason.message(lang)
                    } else {
                        s().step.fix_fields.to_string()
                    },
                    fields,
                    ..Refusal::default()
                }),
                Some(Ok(command)) => match on_command.run(command) {
                    Ok(()) => {
                        open.set(false);
                        saved.set(true);
                    }
                    Err(refusal) => {
                        let fresh = case.with_untracked(|c| {
                            let now = id.with_value(|id| c.recorded(id))?;
                            (*now.latest != base.get_value())
                                .then(|| (now.latest.clone(), correction::prefill(&now)))
                        });
                        if let Some((latest, mut draft)) = fresh {
                            // Keep the reason typed; the values are the new ones.
                            draft.insert(REASON.into(), form.value_untracked(REASON));
                            form.draft.set(draft);
                            base.set_value(latest);
                        }
                        refused(refusal)
                    }
                },
            }
        };
        let agenda_fields = (letter && editable)
            .then(|| agenda.get_untracked())
            .flatten()
            .map(|ctx| {
                let preview = Signal::derive(move || {
                    form.draft
                        .with(|d| agenda::preview(no, d, &ctx, wib_date(app.now.get_untracked())))
                });
                let incoming = letter_spec(no).is_some_and(|s| s.direction == Direction::Masuk);
                view! { <AgendaFields form preview incoming seq_hint=s().correction.seq_hint.to_string() /> }
            });
        let heading_id = format!("{SCOPE}judul-{}", id.with_value(|id| id.to_string()));
        Some(view! {
            <form class="form-koreksi" on:submit=submit novalidate aria-labelledby=heading_id.clone()>
                <h3 id=heading_id.clone()>{move || format!("{} {no}", s().correction.heading)}</h3>
                <p class="catatan">{move || s().correction.explain}</p>
                {(letter && !editable).then(|| view! { <p class="catatan penting">{move || s().correction.letter_elsewhere}</p> })}
                {agenda_fields}
                {step_form(form, &step, letter)}
                <Field form key=REASON kind=Kind::Text hint=s().correction.reason_hint.to_string() />
                <p class="pesan-galat" role="alert">{move || message.get()}</p>
                <button type="submit" class="tombol utama">{move || s().correction.save}</button>
                " "
                <button type="button" class="tombol" on:click=move |_| open.set(false)>{move || s().correction.cancel}</button>
            </form>
        })
    };
    view! {
        {move || corrected.get().then(|| view! { <p class="catatan dikoreksi">{s().correction.corrected}</p> })}
        {move || saved.get().then(|| view! { <p class="berhasil" role="status">{s().correction.saved}</p> })}
        {move || (allowed.get() && !open.get()).then(|| {
            let no = standing.get().unwrap_or_default();
            view! {
                <button type="button" class="tombol kecil koreksi"
                    aria-label=move || format!("{} {no}", s().correction.action_label)
                    on:click=move |_| { saved.set(false); open.set(true); }>
                    {move || s().correction.action}
                </button>
            }
        })}
        {form_view}
    }
}
