//! What the case lists (Beranda, Tugas Saya, Daftar Kasus) show in their cells: the
//! current step, the permit badge, and the next deadline, overdue marked in words and not
//! only in colour.

use leptos::prelude::*;

use crate::app::queries::lists::{DeadlineKind, Row};
use crate::app::route::Route;
use crate::core::case::{CaseSummary, PermitStatus};
use crate::core::sop::Sop;
use crate::i18n::Lang;
use crate::ui::case::{permit_class, permit_label};
use crate::ui::state::App;

/// Rows per page of a case table: enough to scan, few enough to render at once.
pub const PER_PAGE: usize = 50;

/// "5. Membuat Surat Pengantar … (Operator)", or "Selesai".
pub fn step_text(summary: &CaseSummary, sop: &Sop, lang: Lang) -> String {
    let Some(no) = summary.current_step() else {
        return lang.strings().list.finished.to_string();
    };
    let Some(step) = sop.step(no) else {
        return no.to_string();
    };
    let actor = sop
        .actor(&step.actor)
        .map(|a| a.short.as_str())
        .unwrap_or_default();
    format!("{no}. {} ({actor})", step.activity)
}

pub fn kind_label(kind: DeadlineKind, lang: Lang) -> &'static str {
    let s = &lang.strings().list;
    match kind {
        DeadlineKind::Commitment => s.kind_commitment,
        DeadlineKind::Inspection => s.kind_inspection,
        DeadlineKind::Step => s.kind_step,
    }
}

/// The company name as a link to its case.
pub fn case_link(summary: &CaseSummary) -> impl IntoView {
    let href = Route::Kasus(summary.id.to_string()).href();
    view! { <a href=href>{summary.company.clone()}</a> }
}

pub fn permit_badge(permit: PermitStatus, lang: Signal<Lang>) -> impl IntoView {
    view! { <span class=permit_class(permit)>{move || permit_label(permit, lang.get())}</span> }
}

/// The next deadline: which one, when, and "TERLAMBAT" when it has passed.
pub fn deadline_cell(row: &Row, lang: Signal<Lang>) -> impl IntoView {
    let next = row.next.clone();
    let overdue = row.overdue();
    move || {
        let lang = lang.get();
        let s = &lang.strings().list;
        match &next {
            None => view! { <span class="catatan">{s.no_deadline}</span> }.into_any(),
            Some((kind, d)) => view! {
                <span class="tenggat-sel" class:lewat=overdue>
                    {overdue.then(|| view! { <strong class="tanda-terlambat">{s.overdue_badge}</strong> " " })}
                    <span class="tenggat-jenis">{kind_label(*kind, lang)}</span>
                    " "
                    <span>{d.words(lang)}</span>
                </span>
            }
            .into_any(),
        }
    }
}

/// Previous/next page buttons and "Halaman n dari m" under a paged table.
#[component]
pub fn Paging(pages: Memo<(usize, usize)>, page: RwSignal<usize>) -> impl IntoView {
    let app = App::use_app();
    let s = move || app.lang.get().strings();
    view! {
        <nav class="halaman" aria-label=move || s().case_list.pages>
            <button type="button" class="tombol kecil"
                disabled=move || { pages.get().1 == 0 }
                on:click=move |_| page.set(pages.get_untracked().1.saturating_sub(1))>
                {move || s().case_list.previous}
            </button>
            <span>
                {move || {
                    let (n, p) = pages.get();
                    format!("{} {} {} {}", s().case_list.page, p + 1, s().case_list.of, n)
                }}
            </span>
            <button type="button" class="tombol kecil"
                disabled=move || { let (n, p) = pages.get(); p + 1 >= n }
                on:click=move |_| page.set(pages.get_untracked().1 + 1)>
                {move || s().case_list.next}
            </button>
        </nav>
    }
}
