//! The current step's panel: what to do, what goes in and comes out, the legal basis, the
//! time standard and its deadline, and the form, offered only to the role whose turn it is.
//!
//! The form belongs to the step it was opened for (`Seen`). When the case moves on
//! elsewhere (another tab, an imported file) the panel follows at once if nothing was typed;
//! if something was, it keeps the form and what was typed, and says what happened
//! (`Overtaken`), so nothing typed silently disappears and nothing stale is recorded. A
//! batal case and a case with an open conflict offer no form, and say why.

pub(crate) mod forms;

use leptos::prelude::*;

use crate::app::flow::time_text;
use crate::app::forms::{agenda, draft};
use crate::core::calendar::wib_date;
use crate::core::case::fields::FieldError;
use crate::core::case::{
    Case, CaseState, CaseStatus, Command, OfficeId, Overtaken, PermitStatus, Position, Seen,
};
use crate::core::register::letter_spec;
use crate::core::sop::{ActorId, Sop, Step, StepNo};
use crate::i18n::dates::{date_time, day_date};
use crate::i18n::Lang;
use crate::ui::form::FormState;

pub use forms::{identity_form, RowList};

/// Why a command was not recorded: a message, and the fields it is about.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Refusal {
    pub message: String,
    pub fields: Vec<FieldError>,
    /// The role acted as may not do this step.
    pub wrong_role: bool,
    /// The step is no longer the case's current one (done elsewhere meanwhile).
    pub stale: bool,
}

/// Everything the panel reads, passed on to its parts.
#[derive(Clone, Copy)]
struct Ctx {
    sop: Signal<Sop>,
    state: Signal<CaseState>,
    status: Signal<CaseStatus>,
    acting: Signal<Option<(ActorId, String)>>,
    lang: Signal<Lang>,
    now: Signal<chrono::DateTime<chrono::Utc>>,
    on_command: Callback<Command, Result<(), Refusal>>,
    offer_to_all: Signal<bool>,
    on_refused: Option<Callback<(u8, Refusal)>>,
    agenda: Signal<Option<agenda::AgendaContext>>,
}

#[component]
pub fn StepPanel(
    #[prop(into)] sop: Signal<Sop>,
    /// The whole case (who completed a step this panel was still showing).
    #[prop(into)]
    case: Signal<Case>,
    #[prop(into)] state: Signal<CaseState>,
    #[prop(into)] status: Signal<CaseStatus>,
    /// The role and name this tab acts as.
    #[prop(into)]
    acting: Signal<Option<(ActorId, String)>>,
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] now: Signal<chrono::DateTime<chrono::Utc>>,
    on_command: Callback<Command, Result<(), Refusal>>,
    /// This copy of the data: a step it recorded that this tab did not was another tab's.
    this_office: OfficeId,
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
    let ctx = Ctx {
        sop,
        state,
        status,
        acting,
        lang,
        now,
        on_command,
        offer_to_all,
        on_refused,
        agenda,
    };
    let current = Memo::new(move |_| state.with(Seen::of));
    // The step whose form is open, and that form (to know whether anything was typed).
    let open = RwSignal::new(current.get_untracked());
    let live = StoredValue::new(None::<FormState>);
    let typed = move || live.get_value().is_some_and(|f| f.touched.get_untracked());
    Effect::new(move |_| {
        let now = current.get();
        if now != open.get_untracked() && !typed() {
            open.set(now);
        }
    });
    let overtaken = Memo::new(move |_| {
        let seen = open.get();
        (current.get() != seen)
            .then(|| case.with(|c| c.overtaken(&seen)))
            .flatten()
    });
    // Leaves a form the case has moved past (or that was just recorded) for the current step.
    let follow = Callback::new(move |()| {
        if let Some(form) = live.get_value() {
            form.touched.set(false);
        }
        open.set(current.get_untracked());
    });
    let office = StoredValue::new(this_office);
    // Only `open` rebuilds the panel: a new form (fresh draft) for each step. Nothing else
    // read while building it (the language, the settings, the clock) may wipe the draft.
    move || {
        let seen = open.get();
        untrack(|| {
            let Position::At(no) = seen.position else {
                live.set_value(None);
                return view! {
                    <section class="panel-langkah selesai">
                        <p>{move || lang.get().strings().step.finished}</p>
                    </section>
                }
                .into_any();
            };
            let form = step_form_state(ctx, no);
            live.set_value(Some(form));
            panel(ctx, no, form, overtaken, follow, office).into_any()
        })
    }
}

/// A fresh form for step `no`, prefilled from the case and the buku agenda.
fn step_form_state(ctx: Ctx, no: StepNo) -> FormState {
    let sop = ctx.sop.get_untracked();
    let step = sop.step(no).expect("positions are SOP steps");
    let today = wib_date(ctx.now.get_untracked());
    let agenda_ctx = letter_spec(no)
        .is_some()
        .then(|| ctx.agenda.get_untracked())
        .flatten();
    FormState::new(
        ctx.state.with_untracked(|st| {
            let mut d = draft::prefill(step.form, st, today);
            if let Some(a) = &agenda_ctx {
                agenda::prefill(&mut d, no, st, a);
            }
            d
        }),
        ctx.lang,
    )
}

/// Why no form is offered on a case that is still at a step.
#[derive(Clone, Debug, PartialEq)]
enum Blocked {
    /// Pasal 31: the commitment period ended before the permit became effective.
    Batal { last_day: chrono::NaiveDate },
    /// Two records of a step conflict; the case goes on once someone settles it.
    Conflict { round: u32, step: StepNo },
}

fn blocked(status: &CaseStatus, state: &CaseState) -> Option<Blocked> {
    if status.permit == PermitStatus::Batal {
        let last_day = status.commitment.as_ref().map(|c| c.due_date)?;
        return Some(Blocked::Batal { last_day });
    }
    state.conflicts.first().map(|c| Blocked::Conflict {
        round: c.round,
        step: c.step,
    })
}

fn panel(
    ctx: Ctx,
    no: StepNo,
    form: FormState,
    overtaken: Memo<Option<Overtaken>>,
    follow: Callback<()>,
    office: StoredValue<OfficeId>,
) -> impl IntoView {
    let lang = ctx.lang;
    let s = move || lang.get().strings();
    let sop_now = ctx.sop.get_untracked();
    let step = sop_now.step(no).expect("positions are SOP steps").clone();
    let roles = sop_now.roles_for(&step);
    let may_act = {
        let roles = roles.clone();
        move || {
            ctx.acting
                .get()
                .is_some_and(|(role, _)| roles.contains(&role))
        }
    };
    let blocked = Memo::new(move |_| ctx.status.with(|st| ctx.state.with(|c| blocked(st, c))));
    // A blocked case offers no form; but a form that holds typed input stays, whatever
    // happened meanwhile: the notice above says why it cannot be saved, and the typed text
    // can still be copied.
    let shown = {
        let may_act = may_act.clone();
        move || {
            (may_act() || ctx.offer_to_all.get())
                && (blocked.with(Option::is_none) || form.touched.get())
        }
    };
    let waiting_for = sop_now
        .actor(&step.actor)
        .map(|a| a.name.clone())
        .unwrap_or_default();
    view! {
        <section class="panel-langkah" aria-labelledby="judul-langkah">
            <h2 id="judul-langkah">
                {move || format!("{} {no} {} {}", s().step.step, s().step.of, ctx.sop.with(|p| p.steps().len()))}": "
                {step.activity.clone()}
            </h2>
            {step_info(ctx, &step)}
            {outcome_hint(ctx, &step)}
            {move || overtaken.get().map(|o| view! { <OvertakenNotice overtaken=o ctx office follow /> })}
            {move || blocked.get().map(|b| blocked_notice(ctx, no, b))}
            <Show
                when=shown
                fallback=move || {
                    let blocked = blocked.with(Option::is_some);
                    (!blocked).then(|| {
                        let who = match ctx.acting.get() {
                            None => s().step.choose_role.to_string(),
                            Some((role, _)) => {
                                let acting_as = ctx.sop.with(|p| p.actor(&role).map(|a| a.name.clone()).unwrap_or_default());
                                format!("{} {acting_as}.", s().step.not_your_turn)
                            }
                        };
                        view! {
                            <p class="giliran" role="status">
                                <strong>{format!("{} {}", s().step.waiting_for, waiting_for)}</strong>
                                " "{who}
                            </p>
                        }
                    })
                }
            >
                {
                    let may_act = may_act.clone();
                    move || (!may_act()).then(|| view! { <p class="catatan penting">{s().step.training_form_for_all}</p> })
                }
                {step_form(ctx, no, form, overtaken)}
            </Show>
        </section>
    }
}

/// Who acts, what goes in and comes out, the time standard with its deadline.
fn step_info(ctx: Ctx, step: &Step) -> impl IntoView {
    let lang = ctx.lang;
    let s = move || lang.get().strings();
    let sop = ctx.sop.get_untracked();
    let actor_name = sop
        .actor(&step.actor)
        .map(|a| a.name.clone())
        .unwrap_or_default();
    // The applicant's, OSS's and SIINAS's steps are recorded by a Dinas role.
    let recorder = sop.recorder_of(step).map(|a| a.name.clone());
    let time = step.time;
    view! {
        <dl class="info-langkah">
            <dt>{move || s().step.actor}</dt>
            <dd>{actor_name}{move || recorder.clone().map(|r| format!(" ({} {r})", s().step.recorded_by))}</dd>
            <dt>{move || s().step.inputs}</dt>
            <dd>{step.inputs.join("; ")}</dd>
            <dt>{move || s().step.output}</dt>
            <dd>{step.output.join("; ")}</dd>
            <dt>{move || s().step.time}</dt>
            <dd>
                {move || time_text(time, lang.get())}
                {move || ctx.status.get().step.map(|d| format!(" · {}", d.words(lang.get())))}
            </dd>
            {step.legal_reference.clone().map(|r| view! { <dt>{move || s().step.legal}</dt><dd>{r}</dd> })}
            {step.note.clone().map(|n| view! { <dt>{move || s().step.note}</dt><dd>{n}</dd> })}
        </dl>
    }
}

/// Step 19: what the BAP means for the permit.
fn outcome_hint(ctx: Ctx, step: &Step) -> Option<impl IntoView> {
    let s = move || ctx.lang.get().strings();
    (step.form == crate::core::sop::FormKind::OssNotified).then(|| {
        let ready = ctx.state.with_untracked(|st| {
            st.round()
                .bap
                .as_ref()
                .is_some_and(|b| b.all_ready())
        });
        view! {
            <p class="catatan penting">
                {move || if ready { s().step.outcome_effective } else { s().step.outcome_not_effective }}
            </p>
        }
    })
}

/// The step's form: its fields, the buku agenda's where the step has a letter, the button.
fn step_form(
    ctx: Ctx,
    no: StepNo,
    form: FormState,
    overtaken: Memo<Option<Overtaken>>,
) -> impl IntoView {
    let lang = ctx.lang;
    let s = move || lang.get().strings();
    let step = ctx
        .sop
        .get_untracked()
        .step(no)
        .expect("positions are SOP steps")
        .clone();
    let agenda_ctx = letter_spec(no)
        .is_some()
        .then(|| ctx.agenda.get_untracked())
        .flatten();
    follow_agenda(ctx, no, form);
    let message = RwSignal::new(None::<String>);
    let refused = move |refusal: Refusal| {
        if let Some(cb) = ctx.on_refused {
            cb.run((no, refusal.clone()));
        }
        // A stale step is told by the notice above the form, with who did it and when.
        message.set((!refusal.stale).then_some(refusal.message));
        form.show_errors(refusal.fields);
    };
    let form_kind = step.form;
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if overtaken.with_untracked(Option::is_some) {
            // Known to be stale: nothing is sent; the notice says what happened.
            message.set(None);
            return;
        }
        let today = wib_date(ctx.now.get_untracked());
        let agenda = ctx.agenda.get_untracked();
        let built = form
            .draft
            .with_untracked(|d| agenda::build_command(form_kind, no, d, today, agenda.as_ref()));
        match built {
            Err(fields) => refused(Refusal {
                message: s().step.fix_fields.to_string(),
                fields,
                ..Refusal::default()
            }),
            Ok(command) => match ctx.on_command.run(command) {
                // Recorded: the next step's form replaces this one.
                Ok(()) => form.touched.set(false),
                Err(refusal) => refused(refusal),
            },
        }
    };
    view! {
        <form class="form-langkah" on:submit=submit novalidate>
            {agenda_ctx.clone().map(|a| {
                let preview = Signal::derive(move || {
                    form.draft.with(|d| agenda::preview(no, d, &a, wib_date(ctx.now.get_untracked())))
                });
                let incoming = letter_spec(no).is_some_and(|s| s.direction == crate::core::register::Direction::Masuk);
                view! { <forms::AgendaFields form preview incoming /> }
            })}
            {forms::step_form(form, &step, agenda_ctx.is_some())}
            <p class="pesan-galat" role="alert">{move || message.get()}</p>
            <button type="submit" class="tombol utama">
                {move || format!("{} {no}", s().step.complete)}
            </button>
        </form>
    }
}

/// Another tab may take the suggested agenda number first: follow the register while the
/// person has not typed a number of their own.
fn follow_agenda(ctx: Ctx, no: StepNo, form: FormState) {
    if letter_spec(no).is_none() {
        return;
    }
    let suggested = StoredValue::new(form.value_untracked("agenda.seq"));
    Effect::new(move |_| {
        let Some(a) = ctx.agenda.get() else { return };
        let mut fresh = draft::Draft::new();
        ctx.state
            .with_untracked(|st| agenda::prefill(&mut fresh, no, st, &a));
        let (Some(fresh), current) = (
            fresh.get("agenda.seq").cloned(),
            form.value_untracked("agenda.seq"),
        ) else {
            return;
        };
        if current == suggested.get_value() && fresh != current {
            form.suggest("agenda.seq", fresh.clone());
            suggested.set_value(fresh);
        }
    });
}

/// The case moved on while this form was open: who completed the step, when and where;
/// the typed input stays below, and a button goes on to the current step.
#[component]
fn OvertakenNotice(
    overtaken: Overtaken,
    ctx: Ctx,
    office: StoredValue<OfficeId>,
    follow: Callback<()>,
) -> impl IntoView {
    let lang = ctx.lang;
    let position = overtaken.now();
    let text = move || {
        let lang = lang.get();
        let t = &lang.strings().stale;
        let now = match overtaken.now() {
            Position::At(n) => format!("{} {n}", lang.strings().step.step.to_lowercase()),
            Position::Finished => t.finished.to_string(),
        };
        match &overtaken {
            Overtaken::Completed {
                step,
                author,
                at,
                office: by,
                ..
            } => {
                let role = ctx.sop.with(|p| {
                    p.actor(&author.role)
                        .map(|a| a.name.clone())
                        .unwrap_or_else(|| author.role.to_string())
                });
                let place = if office.with_value(|o| o == by) {
                    t.in_another_tab
                } else {
                    t.in_another_copy
                };
                format!(
                    "{} {step} {} {role} · {} {} {} {place}; {}",
                    lang.strings().step.step,
                    t.completed_by,
                    author.name,
                    t.on,
                    date_time(*at, lang),
                    t.not_saved
                )
            }
            Overtaken::Moved { .. } => format!("{} {now}; {}", t.moved, t.not_saved),
        }
    };
    let go_on = move || {
        let t = &lang.get().strings().stale;
        match position {
            Position::At(n) => format!("{} {n}", t.go_on),
            Position::Finished => t.close.to_string(),
        }
    };
    view! {
        <div class="peringatan langkah-basi" role="alert">
            <p>{text}</p>
            <p class="catatan">{move || lang.get().strings().stale.copy_hint}</p>
            <button type="button" class="tombol" on:click=move |_| follow.run(())>{go_on}</button>
        </div>
    }
}

/// Why this step offers no form: a batal permit, or a conflict to settle first.
fn blocked_notice(ctx: Ctx, no: StepNo, blocked: Blocked) -> impl IntoView {
    let lang = ctx.lang;
    match blocked {
        Blocked::Batal { last_day } => {
            let text = move || {
                let l = lang.get();
                let t = &l.strings().stale;
                format!("{} {}. {}", t.batal, day_date(last_day, l), t.batal_still)
            };
            view! { <p class="peringatan tanpa-form" role="status">{text}</p> }.into_any()
        }
        Blocked::Conflict { round, step } => {
            let text = move || {
                let l = lang.get();
                let t = &l.strings().stale;
                let st = &l.strings().step;
                format!(
                    "{} {no} {} {} {step} ({} {round}). {}",
                    st.step,
                    t.conflict_a,
                    st.step.to_lowercase(),
                    l.strings().timeline.round,
                    t.conflict_b
                )
            };
            let show = move |_| {
                if let Some(panel) = document().query_selector(".konflik").ok().flatten() {
                    panel.scroll_into_view();
                }
            };
            view! {
                <div class="peringatan tanpa-form" role="status">
                    <p>{text}</p>
                    <button type="button" class="tombol" on:click=show>{move || lang.get().strings().stale.see_conflict}</button>
                </div>
            }
            .into_any()
        }
    }
}
