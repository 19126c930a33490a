//! The guided walk-through of the training mode: a fresh training case, and at each step
//! what happens and why, who acts (with a button to switch role), the documents in and
//! out, the legal basis and a common mistake. Mistakes (wrong role, invalid data) are
//! explained, counted, and summed up at the end with the path taken and the time spent.

use leptos::prelude::*;

use crate::app::guide::{GuideRun, GuideText, Mistake};
use crate::app::route::Route;
use crate::core::case::{CaseState, Position};
use crate::core::sample;
use crate::core::sop::StepNo;
use crate::ui::state::{now, App};
use crate::ui::step::Refusal;

/// Starts a walk-through on a fresh training case and opens it.
pub fn start(app: App, inspection_hint: Option<bool>) -> Result<(), Refusal> {
    let n = 100 + (now().timestamp_subsec_millis() % 800);
    let mut identity = sample::identity(n);
    identity.company = format!(
        "{} ({})",
        identity.company,
        app.lang.get_untracked().strings().guide.trainee_case
    );
    let named = app
        .acting
        .get_untracked()
        .is_some_and(|(_, name)| !name.trim().is_empty());
    if !named {
        app.act_as(Some((
            crate::core::sop::ActorId::new("operator"),
            app.lang.get_untracked().strings().guide.trainee.into(),
        )));
    }
    let id = app.create_case(identity)?;
    app.guide.set(Some(GuideRun {
        case: id.clone(),
        started: now(),
        mistakes: Vec::new(),
        inspection_hint,
    }));
    let _ = window()
        .location()
        .set_hash(&Route::Kasus(id.to_string()).href());
    Ok(())
}

/// Records a refused action of the guided case, with an explanation drawn from the guide.
pub fn record_mistake(app: App, step: StepNo, refusal: &Refusal) {
    let lang = app.lang.get_untracked();
    let s = &lang.strings().guide;
    let guide = GuideText::embedded().step(step);
    let sop = app.sop.get_untracked();
    let explanation = if refusal.wrong_role {
        let actor = sop
            .step(step)
            .and_then(|st| sop.actor(&st.actor))
            .map(|a| a.name.clone())
            .unwrap_or_default();
        format!(
            "{} {} {actor}: {}",
            refusal.message,
            s.because,
            guide.map(|g| g.why(lang)).unwrap_or_default()
        )
    } else if !refusal.fields.is_empty() {
        format!(
            "{} {} {}",
            refusal.message,
            s.common_mistake_here,
            guide.map(|g| g.mistake(lang)).unwrap_or_default()
        )
    } else {
        refusal.message.clone()
    };
    app.guide.update(|g| {
        if let Some(run) = g {
            run.mistakes.push(Mistake { step, explanation });
        }
    });
}

/// The guide beside the guided case.
#[component]
pub fn GuidePanel(#[prop(into)] state: Signal<CaseState>) -> impl IntoView {
    let app = App::use_app();
    let s = move || app.lang.get().strings();
    move || {
        let lang = app.lang.get();
        let run = app.guide.get()?;
        let (position, round, first_round_done) = state.with(|st| {
            (
                st.position,
                st.round_number(),
                st.path.iter().any(|p| p.round == 1 && p.step == 20),
            )
        });
        if first_round_done {
            return Some(view! { <GuideSummary state run /> }.into_any());
        }
        let Position::At(no) = position else {
            return None;
        };
        let sop = app.sop.get();
        let step = sop.step(no)?.clone();
        let text = GuideText::embedded();
        let guide = text.step(no)?;
        let roles = sop.roles_for(&step);
        let needed = roles.last().cloned()?;
        let needed_name = sop
            .actor(&needed)
            .map(|a| a.name.clone())
            .unwrap_or_default();
        let acting_ok = app.acting.get().is_some_and(|(r, _)| roles.contains(&r));
        // Moves the real picker ("Bertindak sebagai"), so the trainee sees the control.
        let switch = move |_| {
            let name = app
                .acting
                .with_untracked(|a| a.as_ref().map(|(_, n)| n.clone()))
                .unwrap_or_default();
            app.act_as(Some((needed.clone(), name)));
        };
        let hint = (step.form == crate::core::sop::FormKind::InspectionDecision)
            .then_some(run.inspection_hint)
            .flatten()
            .and_then(|yes| {
                step.branch(if yes { "ya" } else { "tidak" })
                    .map(|b| b.label.clone())
            });
        let last = run
            .mistakes
            .last()
            .filter(|m| m.step == no)
            .map(|m| m.explanation.clone());
        Some(
            view! {
                <aside class="panduan" aria-labelledby="judul-panduan">
                    <h2 id="judul-panduan">{format!("{} · {} {no} {} {}", s().guide.heading, s().step.step, s().step.of, sop.steps().len())}</h2>
                    <progress max=sop.steps().len() value=no - 1 aria-label=s().guide.progress></progress>
                    {(round == 1 && no == 1).then(|| view! { <p>{text.intro(lang).to_string()}</p> })}
                    <p class="panduan-apa">{guide.what(lang).to_string()}</p>
                    <p><strong>{s().guide.why}</strong>" "{guide.why(lang).to_string()}</p>
                    <p>
                        <strong>{s().step.actor}": "</strong>{needed_name.clone()}" "
                        {(!acting_ok).then(|| view! {
                            <button type="button" class="tombol kecil" on:click=switch.clone()>
                                {format!("{} {needed_name}", s().guide.act_as)}
                            </button>
                        })}
                    </p>
                    <p><strong>{s().guide.documents_in}</strong>" "{step.inputs.join("; ")}</p>
                    <p><strong>{s().guide.documents_out}</strong>" "{step.output.join("; ")}</p>
                    {step.legal_reference.clone().map(|r| view! { <p><strong>{s().step.legal}": "</strong>{r}</p> })}
                    <p class="panduan-kesalahan"><strong>{s().guide.common_mistake}</strong>" "{guide.mistake(lang).to_string()}</p>
                    {hint.map(|h| view! { <p class="catatan penting">{format!("{} {h}", s().guide.choose_this_time)}</p> })}
                    {last.map(|m| view! { <p class="penjelasan" role="alert"><strong>{s().guide.explained}</strong>" "{m}</p> })}
                </aside>
            }
            .into_any(),
        )
    }
}

#[component]
fn GuideSummary(#[prop(into)] state: Signal<CaseState>, run: GuideRun) -> impl IntoView {
    let app = App::use_app();
    let s = move || app.lang.get().strings();
    let lang = app.lang.get_untracked();
    let sop = app.sop.get_untracked();
    let (path, last_at, took_inspection) = state.with_untracked(|st| {
        let path: Vec<String> = st
            .path
            .iter()
            .filter(|p| p.round == 1)
            .map(|p| {
                match p
                    .branch
                    .and_then(|k| sop.step(p.step).and_then(|s| s.branch(k)))
                {
                    Some(b) => format!("{} ({})", p.step, b.label),
                    None => p.step.to_string(),
                }
            })
            .collect();
        let inspected = st.rounds[0].decision.as_ref().map(|d| d.0).unwrap_or(true);
        (
            path,
            st.path.last().map(|p| p.at).unwrap_or(run.started),
            inspected,
        )
    });
    let minutes = (last_at - run.started).num_minutes().max(0);
    let other = !took_inspection;
    let other_label = sop
        .step(9)
        .and_then(|st| st.branch(if other { "ya" } else { "tidak" }))
        .map(|b| b.label.clone())
        .unwrap_or_default();
    let mistakes = run.mistakes.clone();
    view! {
        <aside class="panduan selesai" aria-labelledby="judul-ringkasan">
            <h2 id="judul-ringkasan">{s().guide.summary}</h2>
            <p>{GuideText::embedded().outro(lang).to_string()}</p>
            <dl class="identitas">
                <dt>{s().guide.path}</dt><dd>{path.join(" → ")}</dd>
                <dt>{s().guide.time}</dt><dd>{format!("{minutes} {}", s().guide.minutes)}</dd>
                <dt>{s().guide.mistakes}</dt><dd>{mistakes.len()}</dd>
            </dl>
            {(!mistakes.is_empty()).then(|| view! {
                <ul class="daftar-kesalahan">
                    {mistakes.into_iter().map(|m| view! { <li>{format!("{} {}: {}", s().step.step, m.step, m.explanation)}</li> }).collect_view()}
                </ul>
            })}
            <div class="tombol-baris">
                <button type="button" class="tombol utama" on:click=move |_| { let _ = start(app, Some(other)); }>
                    {format!("{} {other_label}", s().guide.again_other_branch)}
                </button>
                <a class="tombol" href=Route::Latihan.href()>{s().guide.back}</a>
            </div>
        </aside>
    }
}
