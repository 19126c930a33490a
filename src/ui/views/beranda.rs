//! Beranda: how many cases wait at each step and in each permit status, which are overdue,
//! and how long each step takes on average. The numbers come from `ui::stats`.

use leptos::prelude::*;

use crate::app::queries::lists::{self, Row};
use crate::app::queries::stats;
use crate::app::route::Route;
use crate::core::case::PermitStatus;
use crate::core::numbers::format_number;
use crate::ui::case::permit_label;
use crate::ui::state::App;
use crate::ui::views::cells::{case_link, deadline_cell, step_text};

/// More overdue cases than this are left to Daftar Kasus (its "overdue only" filter).
const OVERDUE_SHOWN: usize = 20;

#[component]
pub fn DashboardPage() -> impl IntoView {
    let app = App::use_app();
    let s = move || app.lang.get().strings();
    // Read from the store in place: a copy of every summary would be made only to be
    // dropped (the rows copy what they keep).
    let rows = Memo::new(move |_| {
        let now = app.now.get();
        app.sop.with(|sop| {
            app.calendar.with(|cal| {
                app.read_store(|st| lists::rows(st.summaries().values().cloned(), sop, now, cal))
            })
        })
    });
    let step_count = move || app.sop.with(|p| p.steps().len());
    let counts = Memo::new(move |_| rows.with(|r| stats::counts(r, step_count())));
    // Durations do not depend on the clock: they are not redone every tick.
    let durations = Memo::new(move |_| {
        app.calendar.with(|cal| {
            app.read_store(|st| stats::durations(st.summaries().values(), step_count(), cal))
        })
    });

    let by_step = Signal::derive(move || {
        let lang = app.lang.get();
        let c = counts.get();
        app.sop.with(|sop| {
            let mut bars: Vec<Bar> = c
                .by_step
                .iter()
                .map(|&(no, n)| Bar {
                    label: sop
                        .step(no)
                        .map(|st| format!("{no}. {}", st.activity))
                        .unwrap_or_else(|| no.to_string()),
                    value: n as f64,
                    text: n.to_string(),
                    extra: None,
                    class: "",
                })
                .collect();
            bars.push(Bar {
                label: lang.strings().dashboard.finished_row.to_string(),
                value: c.finished as f64,
                text: c.finished.to_string(),
                extra: None,
                class: "efektif",
            });
            bars
        })
    });
    let by_permit = Signal::derive(move || {
        let lang = app.lang.get();
        let c = counts.get();
        [
            (PermitStatus::BelumEfektif, c.belum_efektif, "belum"),
            (PermitStatus::BerlakuEfektif, c.berlaku_efektif, "efektif"),
            (PermitStatus::Batal, c.batal, "batal"),
        ]
        .into_iter()
        .map(|(permit, n, class)| Bar {
            label: permit_label(permit, lang).to_string(),
            value: n as f64,
            text: n.to_string(),
            extra: None,
            class,
        })
        .collect::<Vec<_>>()
    });
    let by_duration = Signal::derive(move || {
        let lang = app.lang.get();
        let s = lang.strings();
        let d = durations.get();
        app.sop.with(|sop| {
            d.steps
                .iter()
                .map(|t| {
                    let mean = t.mean();
                    Bar {
                        label: sop
                            .step(t.step)
                            .map(|st| format!("{}. {}", t.step, st.activity))
                            .unwrap_or_default(),
                        value: mean.unwrap_or(0.0),
                        text: mean.map_or_else(
                            || s.dashboard.not_done.to_string(),
                            |m| {
                                format!(
                                    "{} {}",
                                    format_number((m * 10.0).round() / 10.0),
                                    s.flow.working_days
                                )
                            },
                        ),
                        extra: Some(format!("{}×", t.samples)),
                        class: "",
                    }
                })
                .collect::<Vec<_>>()
        })
    });

    let summary_cards = move || {
        let c = counts.get();
        let s = s();
        let cards = [
            (s.dashboard.total, c.total, ""),
            (s.dashboard.in_progress, c.in_progress, ""),
            (s.dashboard.overdue, c.overdue, "awas"),
            (s.dashboard.batal, c.batal, "batal"),
            (s.dashboard.effective, c.berlaku_efektif, "baik"),
        ];
        cards
            .into_iter()
            .map(|(label, n, class)| {
                view! { <div class=format!("kartu {class}")><dt>{label}</dt><dd>{n}</dd></div> }
            })
            .collect_view()
    };

    view! {
        <h1>{move || s().nav.beranda}</h1>
        <Show
            when=move || counts.with(|c| c.total > 0)
            fallback=move || view! {
                <p>{move || s().dashboard.empty}" "<a href=Route::KasusBaru.href()>{move || s().dashboard.new_case}</a></p>
            }
        >
            <h2 class="tak-terlihat">{move || s().dashboard.summary_label}</h2>
            <dl class="ringkas">{summary_cards}</dl>
            <div class="beranda-grid">
                <section class="panel" aria-labelledby="judul-per-langkah">
                    <h2 id="judul-per-langkah">{move || s().dashboard.by_step}</h2>
                    <Bars
                        caption=Signal::derive(move || s().dashboard.by_step.to_string())
                        head=Signal::derive(move || vec![s().list.step.to_string(), s().dashboard.cases_col.to_string()])
                        items=by_step
                    />
                </section>
                <div>
                    <section class="panel" aria-labelledby="judul-per-izin">
                        <h2 id="judul-per-izin">{move || s().dashboard.by_permit}</h2>
                        <Bars
                            caption=Signal::derive(move || s().dashboard.by_permit.to_string())
                            head=Signal::derive(move || vec![s().list.permit.to_string(), s().dashboard.cases_col.to_string()])
                            items=by_permit
                        />
                    </section>
                    <OverdueList rows />
                </div>
            </div>
            <section class="panel" aria-labelledby="judul-lama">
                <h2 id="judul-lama">{move || s().dashboard.durations}</h2>
                <Show
                    when=move || durations.with(|d| d.cases > 0)
                    fallback=move || view! { <p class="catatan">{move || s().dashboard.no_finished}</p> }
                >
                    <p class="catatan">
                        {move || format!("{} {} {}", s().dashboard.durations_note_a, durations.with(|d| d.cases), s().dashboard.durations_note_b)}
                    </p>
                    <Bars
                        caption=Signal::derive(move || s().dashboard.durations.to_string())
                        head=Signal::derive(move || vec![
                            s().list.step.to_string(),
                            s().dashboard.average_col.to_string(),
                            s().dashboard.samples_col.to_string(),
                        ])
                        items=by_duration
                    />
                </Show>
            </section>
        </Show>
    }
}

#[component]
fn OverdueList(rows: Memo<Vec<Row>>) -> impl IntoView {
    let app = App::use_app();
    let s = move || app.lang.get().strings();
    let overdue = Memo::new(move |_| rows.with(|r| lists::overdue(r)));
    let items = move || {
        let lang = app.lang.get();
        rows.with(|r| {
            overdue.with(|picked| {
                picked
                    .iter()
                    .take(OVERDUE_SHOWN)
                    .map(|&i| {
                        let row = &r[i];
                        let step = app.sop.with(|sop| step_text(&row.summary, sop, lang));
                        view! {
                            <li>
                                {case_link(&row.summary)}
                                <span class="catatan">" · "{step}</span>
                                <br />
                                {deadline_cell(row, app.lang)}
                            </li>
                        }
                    })
                    .collect_view()
            })
        })
    };
    let more = move || {
        let n = overdue.with(Vec::len);
        (n > OVERDUE_SHOWN).then(|| {
            view! {
                <p class="catatan">
                    {move || format!("{} {}", n - OVERDUE_SHOWN, s().dashboard.more_overdue)}" "
                    <a href=Route::DaftarKasus.href()>{move || s().nav.daftar_kasus}</a>
                </p>
            }
        })
    };
    view! {
        <section class="panel" aria-labelledby="judul-terlambat">
            <h2 id="judul-terlambat">
                {move || s().dashboard.overdue_heading}" "
                <span class="lencana batal">{move || overdue.with(Vec::len)}</span>
            </h2>
            <Show
                when=move || overdue.with(|o| !o.is_empty())
                fallback=move || view! { <p class="catatan">{move || s().dashboard.none_overdue}</p> }
            >
                <ul class="daftar-terlambat">{items}</ul>
                {more}
            </Show>
        </section>
    }
}

/// One bar of a chart.
#[derive(Clone, Debug, PartialEq)]
struct Bar {
    label: String,
    value: f64,
    /// The value as read (the bar only illustrates it).
    text: String,
    /// A third column, when the chart has one.
    extra: Option<String>,
    /// Colour class of the bar (`belum`, `efektif`, `batal`).
    class: &'static str,
}

/// A bar chart as a table: screen readers read the table, everyone reads the numbers, and
/// the bars (hidden from assistive technology) show the proportions.
#[component]
fn Bars(
    caption: Signal<String>,
    head: Signal<Vec<String>>,
    items: Signal<Vec<Bar>>,
) -> impl IntoView {
    let rows = move || {
        let items = items.get();
        let max = items.iter().map(|b| b.value).fold(0.0_f64, f64::max);
        items
            .into_iter()
            .map(|bar| {
                let width = if max > 0.0 { bar.value / max * 100.0 } else { 0.0 };
                view! {
                    <tr>
                        <th scope="row">{bar.label}</th>
                        <td class="grafik-nilai">
                            <span class="batang-jalur" aria-hidden="true">
                                <span class=format!("batang {}", bar.class) style:width=format!("{width:.1}%")></span>
                            </span>
                            <span class="angka">{bar.text}</span>
                        </td>
                        {bar.extra.map(|e| view! { <td class="angka">{e}</td> })}
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <table class="tabel grafik">
            <caption class="tak-terlihat">{caption}</caption>
            <thead>
                <tr>{move || head.get().into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
