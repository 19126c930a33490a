//! Buku Agenda: the register of incoming and outgoing letters, filtered by year, direction,
//! case and text; printed as a paper agenda book (A4 landscape) or downloaded as CSV.

use chrono::Datelike;
use leptos::prelude::*;

use crate::app::route::Route;
use crate::core::register::{to_csv, Direction, RegisterRow};
use crate::i18n::dates::date;
use crate::ui::files;
use crate::ui::state::App;

/// The rows a filter keeps: year, direction, case and a text in number/from/to/subject.
pub fn filter<'a>(
    rows: &'a [RegisterRow],
    year: Option<i32>,
    direction: Option<Direction>,
    case: &str,
    text: &str,
) -> Vec<&'a RegisterRow> {
    let text = text.trim().to_lowercase();
    rows.iter()
        .filter(|r| year.is_none_or(|y| r.entry.year == y))
        .filter(|r| direction.is_none_or(|d| r.entry.direction == d))
        .filter(|r| case.is_empty() || r.case.as_str() == case)
        .filter(|r| {
            text.is_empty()
                || [
                    &r.entry.number,
                    &r.entry.from,
                    &r.entry.to,
                    &r.entry.subject,
                    &r.company,
                ]
                .iter()
                .any(|f| f.to_lowercase().contains(&text))
        })
        .collect()
}

#[component]
pub fn AgendaPage() -> impl IntoView {
    let app = App::use_app();
    let s = move || app.lang.get().strings();
    let register = Memo::new(move |_| app.read_store(|st| st.register()));
    // Numbers more than one letter carries (two copies that numbered alike): marked on
    // screen, on paper and in the CSV.
    let duplicates = Memo::new(move |_| register.with(|r| r.duplicates()));
    let names = Memo::new(move |_| app.read_store(|st| st.office_directory()));
    let is_duplicate = move |row: &RegisterRow| duplicates.with(|d| d.iter().any(|d| d.holds(row)));
    let this_year = crate::core::calendar::wib_date(app.now.get_untracked()).year();
    let year = RwSignal::new(this_year.to_string());
    let direction = RwSignal::new(String::new());
    let case = RwSignal::new(String::new());
    let text = RwSignal::new(String::new());
    let shown = Memo::new(move |_| {
        let dir = match direction.get().as_str() {
            "masuk" => Some(Direction::Masuk),
            "keluar" => Some(Direction::Keluar),
            _ => None,
        };
        register.with(|r| {
            filter(
                r.rows(),
                year.get().parse().ok(),
                dir,
                &case.get(),
                &text.get(),
            )
            .into_iter()
            .cloned()
            .collect::<Vec<_>>()
        })
    });
    let years = move || {
        let mut ys: Vec<i32> =
            register.with(|r| r.rows().iter().map(|row| row.entry.year).collect());
        ys.push(this_year);
        ys.sort_unstable();
        ys.dedup();
        ys.into_iter().rev()
    };
    let download = move |_| {
        let csv = shown.with(|rows| to_csv(rows, app.lang.get_untracked(), is_duplicate));
        let name = format!(
            "buku-agenda-{}.csv",
            if year.get_untracked().is_empty() {
                "semua".into()
            } else {
                year.get_untracked()
            }
        );
        let _ = files::download_as(&name, &csv, "text/csv;charset=utf-8");
    };
    let rows = move || {
        let lang = app.lang.get();
        shown.with(|rows| {
            rows.iter()
                .map(|r| {
                    let direction = match r.entry.direction {
                        Direction::Masuk => s().agenda.incoming,
                        Direction::Keluar => s().agenda.outgoing,
                    };
                    let twice = is_duplicate(r);
                    // The copy's name as it is known now (with its label), else as the
                    // letter recorded it.
                    let office = names.with(|n| {
                        n.name(&r.entry.office)
                            .map(|n| n.label())
                            .unwrap_or_else(|| r.entry.office_name.clone())
                    });
                    view! {
                        <tr class:ganda=twice>
                            <td>{r.entry.number.clone()}{twice.then(|| view! { " "<strong class="tanda-ganda">{s().agenda.duplicate_mark}</strong> })}</td>
                            <td>{date(r.entry.date, lang)}</td>
                            <td>{direction}</td>
                            <td>{r.entry.from.clone()}</td>
                            <td>{r.entry.to.clone()}</td>
                            <td>{r.entry.subject.clone()}</td>
                            <td><a href=Route::Kasus(r.case.to_string()).href()>{r.company.clone()}</a></td>
                            <td>{r.step}</td>
                            <td>{office}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let cases = move || {
        let mut list: Vec<(String, String)> = register.with(|r| {
            r.rows()
                .iter()
                .map(|row| (row.case.to_string(), row.company.clone()))
                .collect()
        });
        list.sort_by(|a, b| a.1.cmp(&b.1));
        list.dedup();
        list
    };
    view! {
        <div class="agenda-halaman">
            <h1>{move || s().agenda.heading}</h1>
            <p class="catatan layar-saja">{move || s().agenda.intro}</p>
            <div class="saring layar-saja">
                <label>{move || s().agenda.year}
                    <select on:change=move |ev| year.set(event_target_value(&ev))>
                        <option value="">{move || s().agenda.all}</option>
                        {move || years().map(|y| view! { <option value=y.to_string() selected=move || year.get() == y.to_string()>{y}</option> }).collect_view()}
                    </select>
                </label>
                <label>{move || s().agenda.direction}
                    <select on:change=move |ev| direction.set(event_target_value(&ev))>
                        <option value="">{move || s().agenda.all}</option>
                        <option value="masuk">{move || s().agenda.incoming}</option>
                        <option value="keluar">{move || s().agenda.outgoing}</option>
                    </select>
                </label>
                <label>{move || s().agenda.case}
                    <select on:change=move |ev| case.set(event_target_value(&ev))>
                        <option value="">{move || s().agenda.all}</option>
                        {move || cases().into_iter().map(|(id, company)| view! { <option value=id>{company}</option> }).collect_view()}
                    </select>
                </label>
                <label>{move || s().agenda.search}
                    <input type="search" prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev)) />
                </label>
            </div>
            {move || {
                let lang = app.lang.get();
                duplicates.with(|d| (!d.is_empty()).then(|| {
                    let lines: Vec<String> = d
                        .iter()
                        .map(|d| names.with(|n| d.describe(lang, |office| n.office(office, lang))))
                        .collect();
                    view! {
                        <div class="peringatan nomor-ganda" role="alert">
                            <p><strong>{format!("{} {}", d.len(), s().agenda.duplicates_heading)}</strong></p>
                            <ul>{lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
                            <p class="layar-saja">{s().agenda.duplicates_hint}</p>
                        </div>
                    }
                }))
            }}
            <div class="tombol-baris layar-saja">
                <button type="button" class="tombol" on:click=move |_| { let _ = window().print(); }>{move || s().agenda.print}</button>
                <button type="button" class="tombol" on:click=download>{move || s().agenda.csv}</button>
            </div>
            <table class="tabel buku-agenda">
                <caption>{move || format!("{} · {}", s().agenda.caption, if year.get().is_empty() { s().agenda.all.to_string() } else { year.get() })}</caption>
                <thead><tr>
                    <th scope="col">{move || s().agenda.number}</th>
                    <th scope="col">{move || s().agenda.date}</th>
                    <th scope="col">{move || s().agenda.direction}</th>
                    <th scope="col">{move || s().agenda.from}</th>
                    <th scope="col">{move || s().agenda.to}</th>
                    <th scope="col">{move || s().agenda.subject}</th>
                    <th scope="col">{move || s().agenda.case}</th>
                    <th scope="col">{move || s().agenda.step}</th>
                    <th scope="col">{move || s().agenda.office}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
            {move || shown.with(|r| r.is_empty()).then(|| view! { <p class="catatan">{s().agenda.none}</p> })}
        </div>
    }
}
