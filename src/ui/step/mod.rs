//! The current step's panel: what to do, what goes in and comes out, the legal basis, the
//! time standard and its deadline, and the form, offered only to the role whose turn it is.

pub mod agenda;
pub mod correction;
pub mod draft;
pub(crate) mod forms;

use leptos::prelude::*;

use crate::core::calendar::wib_date;
use crate::core::case::fields::FieldError;
use crate::core::case::{CaseState, CaseStatus, Command, Position};
use crate::core::register::letter_spec;
use crate::core::sop::{ActorId, Sop};
use crate::i18n::Lang;
use crate::ui::flow::time_text;
use crate::ui::form::FormState;
use crate::ui::format::deadline_text;

pub use forms::{identity_form, RowList};

/// Why a command was not recorded: a message, and the fields it is about.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Refusal {
    pub message: String,
    pub fields: Vec<FieldError>,
    /// The role acted as may not do this step.
    pub wrong_role: bool,
}

#[component]
pub fn StepPanel(
    #[prop(into)] sop: Signal<Sop>,
    #[prop(into)] state: Signal<CaseState>,
    #[prop(into)] status: Signal<CaseStatus>,
    /// The role and name the user acts as.
    #[prop(into)]
    acting: Signal<Option<(ActorId, String)>>,
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] now: Signal<chrono::DateTime<chrono::Utc>>,
    on_command: Callback<Command, Result<(), Refusal>>,
    /// Training: show the form to every role, so a wrong-role attempt can be explained.
    #[prop(optional, into)]
    offer_to_all: Signal<bool>,
    /// Told about every refusal (the training guide explains them).
    #[prop(optional)]
    on_refused: Option<Callback<(u8, Refusal)>>,
    /// The office's buku agenda, for steps that receive or send a letter.
    #[prop(optional, into)]
    agenda: Signal<Option<agenda::AgendaContext>>,
) -> impl IntoView {
    let s = move || lang.get().strings();
    // The step whose form is shown; a new form (fresh draft) whenever the step changes.
    let current =
        Memo::new(move |_| state.with(|st| (st.position, st.round_number(), st.path.len())));
    move || {
        let (position, _, _) = current.get();
        let Position::At(no) = position else {
            return view! {
                <section class="panel-langkah selesai">
                    <p>{s().step.finished}</p>
                </section>
            }
            .into_any();
        };
        let sop_now = sop.get_untracked();
        let step = sop_now.step(no).expect("positions are SOP steps").clone();
        let today = wib_date(now.get_untracked());
        let has_letter = letter_spec(no).is_some();
        let agenda_ctx = has_letter.then(|| agenda.get_untracked()).flatten();
        let form = FormState::new(
            state.with_untracked(|st| {
                let mut d = draft::prefill(step.form, st, today);
                if let Some(ctx) = &agenda_ctx {
                    agenda::prefill(&mut d, no, st, ctx);
                }
                d
            }),
            lang,
        );
        let message = RwSignal::new(None::<String>);
        // Another tab may take the suggested agenda number first: follow the register while
        // the person has not typed a number of their own.
        let suggested = StoredValue::new(form.value_untracked("agenda.seq"));
        Effect::new(move |_| {
            if !has_letter {
                return;
            }
            let Some(ctx) = agenda.get() else { return };
            let mut fresh = draft::Draft::new();
            state.with_untracked(|st| agenda::prefill(&mut fresh, no, st, &ctx));
            let (Some(fresh), current) = (
                fresh.get("agenda.seq").cloned(),
                form.value_untracked("agenda.seq"),
            ) else {
                return;
            };
            if current == suggested.get_value() && fresh != current {
                form.set("agenda.seq", fresh.clone());
                suggested.set_value(fresh);
            }
        });
        let roles = sop_now.roles_for(&step);
        let actor_name = sop_now
            .actor(&step.actor)
            .map(|a| a.name.clone())
            .unwrap_or_default();
        let recorder = (roles.len() > 1)
            .then(|| {
                roles
                    .last()
                    .and_then(|r| sop_now.actor(r))
                    .map(|a| a.name.clone())
            })
            .flatten();
        let may_act = {
            let roles = roles.clone();
            move || acting.get().is_some_and(|(role, _)| roles.contains(&role))
        };
        let shown = {
            let may_act = may_act.clone();
            move || may_act() || offer_to_all.get()
        };
        let refused = move |refusal: Refusal| {
            if let Some(cb) = on_refused {
                cb.run((no, refusal.clone()));
            }
            message.set(Some(refusal.message));
            form.show_errors(refusal.fields);
        };
        let form_kind = step.form;
        let submit = move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let today = wib_date(now.get_untracked());
            let ctx = agenda.get_untracked();
            match form
                .draft
                .with_untracked(|d| agenda::build_command(form_kind, no, d, today, ctx.as_ref()))
            {
                Err(fields) => refused(Refusal {
                    message: s().step.fix_fields.to_string(),
                    fields,
                    wrong_role: false,
                }),
                Ok(command) => {
                    if let Err(refusal) = on_command.run(command) {
                        refused(refusal);
                    }
                }
            }
        };
        let outcome_hint = (form_kind == crate::core::sop::FormKind::OssNotified).then(|| {
            let ready = state.with_untracked(|st| st.round().bap.as_ref().is_some_and(|b| b.all_ready()));
            view! { <p class="catatan penting">{move || if ready { s().step.outcome_effective } else { s().step.outcome_not_effective }}</p> }
        });
        let step_for_form = step.clone();
        let step_for_info = step.clone();
        view! {
            <section class="panel-langkah" aria-labelledby="judul-langkah">
                <h2 id="judul-langkah">
                    {move || format!("{} {no} {} {}", s().step.step, s().step.of, sop.with(|p| p.steps().len()))}": "
                    {step.activity.clone()}
                </h2>
                <dl class="info-langkah">
                    <dt>{move || s().step.actor}</dt>
                    <dd>{actor_name.clone()}{recorder.clone().map(|r| format!(" ({} {r})", s().step.recorded_by))}</dd>
                    <dt>{move || s().step.inputs}</dt>
                    <dd>{step_for_info.inputs.join("; ")}</dd>
                    <dt>{move || s().step.output}</dt>
                    <dd>{step_for_info.output.join("; ")}</dd>
                    <dt>{move || s().step.time}</dt>
                    <dd>
                        {move || time_text(step_for_info.time, lang.get())}
                        {move || status.get().step.map(|d| format!(" · {}", deadline_text(&d, lang.get())))}
                    </dd>
                    {step.legal_reference.clone().map(|r| view! { <dt>{move || s().step.legal}</dt><dd>{r}</dd> })}
                    {step.note.clone().map(|n| view! { <dt>{move || s().step.note}</dt><dd>{n}</dd> })}
                </dl>
                {outcome_hint}
                <Show
                    when=shown
                    fallback=move || {
                        let who = match acting.get() {
                            None => s().step.choose_role.to_string(),
                            Some((role, _)) => {
                                let acting_as = sop.with(|p| p.actor(&role).map(|a| a.name.clone()).unwrap_or_default());
                                format!("{} {acting_as}.", s().step.not_your_turn)
                            }
                        };
                        view! {
                            <p class="giliran" role="status">
                                <strong>{format!("{} {}", s().step.waiting_for, sop.with(|p| p.actor(&step.actor).map(|a| a.name.clone()).unwrap_or_default()))}</strong>
                                " "{who}
                            </p>
                        }
                    }
                >
                    {
                        let may_act = may_act.clone();
                        move || (!may_act()).then(|| view! { <p class="catatan penting">{s().step.training_form_for_all}</p> })
                    }
                    <form class="form-langkah" on:submit=submit novalidate>
                        {agenda_ctx.clone().map(|ctx| {
                            let preview = Signal::derive(move || {
                                form.draft.with(|d| agenda::preview(no, d, &ctx, wib_date(now.get_untracked())))
                            });
                            let incoming = letter_spec(no).is_some_and(|s| s.direction == crate::core::register::Direction::Masuk);
                            view! { <forms::AgendaFields form preview incoming /> }
                        })}
                        {forms::step_form(form, &step_for_form, agenda_ctx.is_some())}
                        <p class="pesan-galat" role="alert">{move || message.get()}</p>
                        <button type="submit" class="tombol utama">
                            {move || format!("{} {no}", s().step.complete)}
                        </button>
                    </form>
                </Show>
            </section>
        }
        .into_any()
    }
}
