//! Every event of the case, newest first: who (role and name), when (WIB), what, and the
//! values it recorded. Events set aside by a conflict stay visible, marked.

use leptos::prelude::*;

use crate::core::case::{Event, EventId};
use crate::core::sop::Sop;
use crate::i18n::Lang;
use crate::ui::describe::describe_in;
use crate::ui::format::date_time;

#[component]
pub fn Timeline(
    #[prop(into)] events: Signal<Vec<Event>>,
    #[prop(into)] superseded: Signal<Vec<EventId>>,
    #[prop(into)] sop: Signal<Sop>,
    #[prop(into)] lang: Signal<Lang>,
    /// Shown under each event (a record's correction, `Correction`).
    #[prop(optional)]
    extra: Option<Callback<EventId, AnyView>>,
) -> impl IntoView {
    let s = move || lang.get().strings();
    // Keyed by event: a new event adds one item and the others stay as they were built. A
    // change of language or SOP (settings) rebuilds the list.
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
        let item = move |(event, set_aside): (Event, bool)| {
            let d = events.with_untracked(|all| describe_in(&event, all, &sop, lang));
            let role = sop
                .actor(&event.author.role)
                .map(|a| a.name.clone())
                .unwrap_or_else(|| event.author.role.to_string());
            view! {
                <li class="kejadian" class:dikesampingkan=set_aside data-kejadian=event.id.to_string()>
                    <p class="kejadian-judul">{d.title}</p>
                    <p class="kejadian-oleh">
                        <time datetime=event.at.to_rfc3339()>{date_time(event.at, lang)}</time>
                        " · "{role}" · "{event.author.name.clone()}
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
