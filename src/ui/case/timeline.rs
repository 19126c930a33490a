//! Every event of the case, newest first: who (role and name), when (WIB), what, and the
//! values it recorded. Events set aside by a conflict stay visible, marked.

use leptos::prelude::*;

use crate::app::timeline::describe;
use crate::core::case::{Event, EventId};
use crate::core::offices::OfficeDirectory;
use crate::core::sop::Sop;
use crate::i18n::dates::date_time;
use crate::i18n::Lang;

#[component]
pub fn Timeline(
    #[prop(into)] events: Signal<Vec<Event>>,
    #[prop(into)] superseded: Signal<Vec<EventId>>,
    #[prop(into)] sop: Signal<Sop>,
    #[prop(into)] lang: Signal<Lang>,
    /// Names of the copies (a resolution says whose record it kept).
    #[prop(into)]
    names: Signal<OfficeDirectory>,
    /// Shown under each event (a record's correction, `Correction`).
    #[prop(optional)]
    extra: Option<Callback<EventId, AnyView>>,
) -> impl IntoView {
    let s = move || lang.get().strings();
    // Once a second round starts, every step's entry says its round.
    let several_rounds = Memo::new(move |_| {
        events.with(|events| {
            events
                .iter()
                .any(|e| e.step().is_some_and(|(round, _)| round > 1))
        })
    });
    // Keyed by event: a new event adds one item and the others stay as they were built. A
    // change of language, SOP (settings) or of the copies' names rebuilds the list.
    let items = move || {
        superseded.with(|superseded| {
            events.with(|events| {
                events
                    .iter()
                    .rev()
                    .map(|event| (event.clone(), superseded.contains(&event.id)))
                    .collect::<Vec<_>>()
            })
        })
    };
    let list = move || {
        let lang = lang.get();
        let sop = sop.get();
        let several = several_rounds.get();
        let names = names.get();
        let item = move |(event, set_aside): (Event, bool)| {
            let d = events.with_untracked(|history| describe(&event, &sop, lang, history, &names));
            let by = recorded_by(&event, &sop, lang);
            view! {
                <li class="kejadian" class:dikesampingkan=set_aside data-kejadian=event.id.to_string()>
                    <p class="kejadian-judul">{d.title_in(several, lang)}</p>
                    <p class="kejadian-oleh">
                        <time datetime=event.at.to_rfc3339()>{date_time(event.at, lang)}</time>
                        " · "{by}" · "{event.author.name.clone()}
                    </p>
                    {set_aside.then(|| view! { <p class="catatan penting">{lang.strings().timeline.set_aside}</p> })}
                    <dl class="kejadian-isi">
                        {d.details.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
                    </dl>
                    {extra.map(|extra| extra.run(event.id.clone()))}
                </li>
            }
        };
        view! { <For each=items key=|(event, set_aside)| (event.id.clone(), *set_aside) children=item /> }
    };
    view! {
        <section class="linimasa" aria-labelledby="judul-linimasa">
            <h2 id="judul-linimasa">{move || s().timeline.heading}</h2>
            <ol>{list}</ol>
        </section>
    }
}

/// Who recorded an event: the role acted as; for a step of the applicant, OSS or SIINAS,
/// that actor and the Dinas role that recorded it ("Pemohon · dicatat oleh Operator").
fn recorded_by(event: &Event, sop: &Sop, lang: Lang) -> String {
    let name = |id: &crate::core::sop::ActorId| {
        sop.actor(id)
            .map(|a| a.name.clone())
            .unwrap_or_else(|| id.to_string())
    };
    let role = name(&event.author.role);
    let outside = event
        .step()
        .and_then(|(_, no)| sop.step(no))
        .filter(|step| step.actor != event.author.role && sop.recorder_of(step).is_some());
    match outside {
        Some(step) => format!(
            "{} · {} {role}",
            name(&step.actor),
            lang.strings().step.recorded_by
        ),
        None => role,
    }
}
