//! Tugas Saya: the cases waiting for the role the user acts as, overdue first, then by the
//! earliest deadline (ordering in `ui::lists::inbox`).

use leptos::prelude::*;

use crate::app::queries::lists::{self, paging, Inbox, Row};
use crate::i18n::dates::date_time;
use crate::ui::state::App;
use crate::ui::views::cells::{case_link, deadline_cell, step_text, Paging, PER_PAGE};

#[component]
pub fn InboxPage() -> impl IntoView {
    let app = App::use_app();
    let s = move || app.lang.get().strings();
    let role = Memo::new(move |_| app.acting.get().map(|(role, _)| role));
    let page = RwSignal::new(0_usize);
    // Another role's list starts at its first page.
    Effect::new(move |_| {
        role.track();
        page.set(0);
    });
    let role_name = move || {
        role.get()
            .and_then(|r| app.sop.with(|sop| sop.actor(&r).map(|a| a.name.clone())))
            .unwrap_or_default()
    };
    let rows = Memo::new(move |_| {
        let now = app.now.get();
        let summaries = app.summaries();
        app.sop.with(|sop| {
            app.calendar
                .with(|cal| lists::rows(summaries, sop, now, cal))
        })
    });
    let inbox = Memo::new(move |_| match role.get() {
        Some(role) => rows.with(|r| app.sop.with(|sop| lists::inbox(r, sop, &role))),
        None => Inbox::default(),
    });
    let pages = Memo::new(move |_| paging(inbox.with(|i| i.cases.len()), PER_PAGE, page.get()));
    // The page shown; the first page holds the overdue cases (they sort first).
    let tasks = Memo::new(move |_| {
        let (_, p) = pages.get();
        inbox.with(|i| {
            rows.with(|r| {
                i.cases
                    .iter()
                    .skip(p * PER_PAGE)
                    .take(PER_PAGE)
                    .map(|&k| r[k].clone())
                    .collect::<Vec<Row>>()
            })
        })
    });
    let total = move || inbox.with(|i| i.cases.len());
    let overdue =
        move || inbox.with(|i| rows.with(|r| i.cases.iter().filter(|&&k| r[k].overdue()).count()));

    let list = move || {
        view! {
            <p role="status">
                {move || format!("{} {}", total(), s().inbox.count)}
                {move || {
                    let n = overdue();
                    (n > 0).then(|| view! { ", "{s().inbox.of_which_overdue}" "<strong class="tanda-terlambat">{n}</strong> })
                }}
            </p>
            <Show
                when=move || tasks.with(|t| !t.is_empty())
                fallback=move || view! { <p class="catatan">{move || s().inbox.empty}</p> }
            >
                <div class="gulir-tabel" role="region" tabindex="0" aria-labelledby="judul-tabel-tugas">
                    <table class="tabel tabel-kasus">
                        <caption id="judul-tabel-tugas">{move || format!("{}: {}", s().inbox.caption, role_name())}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{move || s().list.deadline}</th>
                                <th scope="col">{move || s().list.company}</th>
                                <th scope="col">{move || s().list.step}</th>
                                <th scope="col">{move || s().list.waiting_since}</th>
                            </tr>
                        </thead>
                        <tbody>
                            <For
                                each=move || tasks.get()
                                key=Row::key
                                let:row
                            >
                                <TaskRow row />
                            </For>
                        </tbody>
                    </table>
                </div>
                <Show when=move || { pages.get().0 > 1 }>
                    <Paging pages page />
                </Show>
            </Show>
            {move || {
                let void = inbox.with(|i| i.void);
                (void > 0).then(|| view! { <p class="catatan">{void}" "{move || s().inbox.void_hidden}</p> })
            }}
        }
    };

    view! {
        <h1>{move || s().nav.tugas_saya}</h1>
        <Show
            when=move || role.with(Option::is_some)
            fallback=move || view! { <p class="catatan penting" role="status">{move || s().inbox.no_role}</p> }
        >
            <p>{move || s().inbox.for_role}" "<strong>{role_name}</strong></p>
            {list}
        </Show>
    }
}

#[component]
fn TaskRow(row: Row) -> impl IntoView {
    let app = App::use_app();
    let since = row.summary.since;
    let step = {
        let summary = row.summary.clone();
        move || app.sop.with(|sop| step_text(&summary, sop, app.lang.get()))
    };
    view! {
        <tr class:baris-terlambat=row.overdue()>
            <td>{deadline_cell(&row, app.lang)}</td>
            <td>{case_link(&row.summary)}</td>
            <td>{step}</td>
            <td>{move || date_time(since, app.lang.get())}</td>
        </tr>
    }
}
