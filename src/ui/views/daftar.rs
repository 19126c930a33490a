//! Daftar Kasus: every case, searchable and filterable, a page at a time. The filter runs
//! in a `Memo` over rows computed once per change of the cases (fast for 1,000 cases, see
//! `ui::lists`); the controls are rendered once, so typing never rebuilds them, and only
//! the rows of the page shown are in the DOM.

use leptos::prelude::*;

use crate::app::queries::lists::{self, paging, Query, Row, Sort, StepFilter};
use crate::core::calendar::wib_date;
use crate::core::case::PermitStatus;
use crate::core::sop::StepNo;
use crate::i18n::dates::date;
use crate::ui::case::permit_label;
use crate::ui::state::App;
use crate::ui::views::cells::{
    case_link, deadline_cell, permit_badge, step_text, Paging, PER_PAGE,
};

/// Changes the query and goes back to the first page (the old page may not exist).
fn change(query: RwSignal<Query>, page: RwSignal<usize>, f: impl FnOnce(&mut Query)) {
    query.update(f);
    page.set(0);
}

fn permit_value(p: Option<PermitStatus>) -> &'static str {
    match p {
        None => "",
        Some(PermitStatus::BelumEfektif) => "belum",
        Some(PermitStatus::BerlakuEfektif) => "efektif",
        Some(PermitStatus::Batal) => "batal",
    }
}

fn parse_permit(v: &str) -> Option<PermitStatus> {
    match v {
        "belum" => Some(PermitStatus::BelumEfektif),
        "efektif" => Some(PermitStatus::BerlakuEfektif),
        "batal" => Some(PermitStatus::Batal),
        _ => None,
    }
}

fn step_value(f: StepFilter) -> String {
    match f {
        StepFilter::Any => String::new(),
        StepFilter::At(no) => no.to_string(),
        StepFilter::Finished => "selesai".into(),
    }
}

fn parse_step(v: &str) -> StepFilter {
    match v {
        "selesai" => StepFilter::Finished,
        _ => v.parse::<StepNo>().map_or(StepFilter::Any, StepFilter::At),
    }
}

const SORTS: [(Sort, &str); 4] = [
    (Sort::Deadline, "tenggat"),
    (Sort::Company, "perusahaan"),
    (Sort::Opened, "dibuka"),
    (Sort::Step, "langkah"),
];

#[component]
pub fn CaseListPage() -> impl IntoView {
    let app = App::use_app();
    let s = move || app.lang.get().strings();
    let query = RwSignal::new(Query::default());
    let page = RwSignal::new(0_usize);
    let rows = Memo::new(move |_| {
        let now = app.now.get();
        let summaries = app.summaries();
        app.sop.with(|sop| {
            app.calendar
                .with(|cal| lists::rows(summaries, sop, now, cal))
        })
    });
    let selected = Memo::new(move |_| rows.with(|r| query.with(|q| lists::select(r, q))));
    // One memo per control: typing in the search box does not touch the other controls.
    let text = Memo::new(move |_| query.with(|q| q.text.clone()));
    let permit = Memo::new(move |_| query.with(|q| q.permit));
    let step_filter = Memo::new(move |_| query.with(|q| q.step));
    let sort = Memo::new(move |_| query.with(|q| q.sort));
    let descending = Memo::new(move |_| query.with(|q| q.descending));
    let overdue_only = Memo::new(move |_| query.with(|q| q.overdue_only));
    let found = move || selected.with(Vec::len);
    let pages = Memo::new(move |_| paging(found(), PER_PAGE, page.get()));
    let shown = Memo::new(move |_| {
        let (_, p) = pages.get();
        rows.with(|r| {
            selected.with(|sel| {
                sel.iter()
                    .skip(p * PER_PAGE)
                    .take(PER_PAGE)
                    .map(|&i| r[i].clone())
                    .collect::<Vec<Row>>()
            })
        })
    });

    let step_options = move || {
        let lang = app.lang.get();
        let mut options = vec![(String::new(), lang.strings().case_list.all.to_string())];
        app.sop.with(|sop| {
            options.extend(
                sop.steps()
                    .iter()
                    .map(|st| (st.no.to_string(), format!("{}. {}", st.no, st.activity))),
            )
        });
        options.push(("selesai".into(), lang.strings().list.finished.to_string()));
        options
            .into_iter()
            .map(|(value, label)| {
                let v = value.clone();
                view! { <option value=value prop:selected=move || step_value(step_filter.get()) == v>{label}</option> }
            })
            .collect_view()
    };
    let permit_options = move || {
        let lang = app.lang.get();
        let all = (None, lang.strings().case_list.all.to_string());
        std::iter::once(all)
            .chain(
                [PermitStatus::BelumEfektif, PermitStatus::BerlakuEfektif, PermitStatus::Batal]
                    .map(|p| (Some(p), permit_label(p, lang).to_string())),
            )
            .map(|(p, label)| {
                view! { <option value=permit_value(p) prop:selected=move || permit.get() == p>{label}</option> }
            })
            .collect_view()
    };
    let sort_options = move || {
        let cl = &app.lang.get().strings().case_list;
        SORTS
            .into_iter()
            .map(|(key, value)| {
                let label = match key {
                    Sort::Deadline => cl.sort_deadline,
                    Sort::Company => cl.sort_company,
                    Sort::Opened => cl.sort_opened,
                    Sort::Step => cl.sort_step,
                };
                view! { <option value=value prop:selected=move || sort.get() == key>{label}</option> }
            })
            .collect_view()
    };

    view! {
        <h1>{move || s().nav.daftar_kasus}</h1>
        <form class="panel saringan" role="search" aria-label=move || s().case_list.filters on:submit=|ev| ev.prevent_default()>
            <div class="isian saringan-cari">
                <label for="cari-kasus">{move || s().case_list.search}</label>
                <input id="cari-kasus" type="search" autocomplete="off"
                    prop:value=text
                    on:input=move |ev| change(query, page, |q| q.text = event_target_value(&ev)) />
            </div>
            <div class="isian">
                <label for="saring-izin">{move || s().list.permit}</label>
                <select id="saring-izin" on:change=move |ev| change(query, page, |q| q.permit = parse_permit(&event_target_value(&ev)))>
                    {permit_options}
                </select>
            </div>
            <div class="isian">
                <label for="saring-langkah">{move || s().list.step}</label>
                <select id="saring-langkah" on:change=move |ev| change(query, page, |q| q.step = parse_step(&event_target_value(&ev)))>
                    {step_options}
                </select>
            </div>
            <div class="isian">
                <label for="urut">{move || s().case_list.sort}</label>
                <select id="urut" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    let sort = SORTS.iter().find(|(_, key)| *key == v).map_or(Sort::Deadline, |(s, _)| *s);
                    change(query, page, |q| q.sort = sort)
                }>
                    {sort_options}
                </select>
            </div>
            <div class="isian">
                <label for="arah">{move || s().case_list.order}</label>
                <select id="arah" on:change=move |ev| change(query, page, |q| q.descending = event_target_value(&ev) == "turun")>
                    <option value="naik" prop:selected=move || !descending.get()>{move || s().case_list.ascending}</option>
                    <option value="turun" prop:selected=descending>{move || s().case_list.descending}</option>
                </select>
            </div>
            <label class="pilihan saringan-centang">
                <input type="checkbox" prop:checked=overdue_only
                    on:change=move |ev| change(query, page, |q| q.overdue_only = event_target_checked(&ev)) />
                {move || s().case_list.overdue_only}
            </label>
            <button type="button" class="tombol kecil" on:click=move |_| change(query, page, |q| *q = Query::default())>
                {move || s().case_list.clear}
            </button>
        </form>

        <p role="status" class="hasil-cari">
            {move || format!("{} {} ({} {})", found(), s().case_list.found, s().case_list.of, rows.with(Vec::len))}
        </p>
        <Show
            when=move || { found() > 0 }
            fallback=move || view! { <p class="catatan">{move || s().case_list.none}</p> }
        >
            <div class="gulir-tabel" role="region" tabindex="0" aria-labelledby="judul-tabel-kasus">
                <table class="tabel tabel-kasus">
                    <caption id="judul-tabel-kasus">
                        {move || {
                            let (n, p) = pages.get();
                            format!("{} · {} {} {} {}", s().case_list.caption, s().case_list.page, p + 1, s().case_list.of, n)
                        }}
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">{move || s().list.company}</th>
                            <th scope="col">{move || s().list.nib}</th>
                            <th scope="col">{move || s().list.kbli}</th>
                            <th scope="col">{move || s().list.step}</th>
                            <th scope="col">{move || s().list.permit}</th>
                            <th scope="col">{move || s().list.deadline}</th>
                            <th scope="col">{move || s().list.opened}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || shown.get() key=Row::key let:row>
                            <CaseRow row />
                        </For>
                    </tbody>
                </table>
            </div>
            <Paging pages page />
        </Show>
    }
}

#[component]
fn CaseRow(row: Row) -> impl IntoView {
    let app = App::use_app();
    let opened = wib_date(row.summary.opened_at);
    let step = {
        let summary = row.summary.clone();
        move || app.sop.with(|sop| step_text(&summary, sop, app.lang.get()))
    };
    view! {
        <tr class:baris-terlambat=row.overdue()>
            <td>{case_link(&row.summary)}</td>
            <td class="angka">{row.summary.nib.clone()}</td>
            <td class="angka">{row.summary.kbli.clone()}</td>
            <td class="sel-langkah">{step}</td>
            <td>{permit_badge(row.status.permit, app.lang)}</td>
            <td>{deadline_cell(&row, app.lang)}</td>
            <td>{move || date(opened, app.lang.get())}</td>
        </tr>
    }
}
