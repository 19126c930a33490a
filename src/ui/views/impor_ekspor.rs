//! Impor/Ekspor: case files in and out. Export one, a selection or all cases as a JSON
//! envelope; import from a picked or dropped file, checked and previewed case by case, then
//! committed all at once or not at all. The storage meter lives here in full.

use std::collections::BTreeSet;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::web_sys::File;
use wasm_bindgen::JsCast;

use crate::app::files::ImportCheck;
use crate::app::queries::lists::paging;
use crate::app::route::Route;
use crate::core::case::CaseId;
use crate::core::casefile::{self, ImportError, PreviewRow, RowKind};
use crate::i18n::Lang;
use crate::ui::files;
use crate::ui::state::App;
use crate::ui::views::cells::{Paging, PER_PAGE};

#[derive(Clone)]
enum Import {
    Idle,
    /// Reading and checking the named file (a 1,000-case file takes about a second).
    Checking(String),
    Refused(String),
    Ready {
        name: String,
        check: ImportCheck,
    },
    Done(String),
}

#[component]
pub fn ImportExportPage() -> impl IntoView {
    let app = App::use_app();
    let s = move || app.lang.get().strings();
    let selected = RwSignal::new(BTreeSet::<CaseId>::new());
    let export_message = RwSignal::new(None::<Result<String, String>>);
    let import = RwSignal::new(Import::Idle);
    let dragging = RwSignal::new(false);
    // The preview's rows, a page at a time as in Daftar Kasus: a 1,000-row table took
    // longer to lay out than to check the file's hashes. The count line gives the totals.
    let preview_page = RwSignal::new(0_usize);
    let preview_order = Memo::new(move |_| {
        import.with(|i| match i {
            Import::Ready { check, .. } => check.preview.attention_order(),
            _ => Vec::new(),
        })
    });
    let preview_pages =
        Memo::new(move |_| paging(preview_order.with(Vec::len), PER_PAGE, preview_page.get()));

    let export = move |ids: Option<Vec<CaseId>>| {
        export_message.set(Some(app.export_cases(ids)));
    };
    // Files taken so far: a file picked while another is still being read replaces it, so
    // the earlier one's result is dropped when it comes in later.
    let taken = StoredValue::new(0_u64);
    let take_file = move |file: File| {
        let lang = app.lang.get_untracked();
        let name = file.name();
        taken.update_value(|n| *n += 1);
        let this = taken.get_value();
        if file.size() > casefile::MAX_FILE_BYTES as f64 {
            import.set(Import::Refused(
                ImportError::TooLarge {
                    bytes: file.size() as usize,
                    max: casefile::MAX_FILE_BYTES,
                }
                .message(lang),
            ));
            return;
        }
        import.set(Import::Checking(name.clone()));
        spawn_local(async move {
            let read = files::read_text(&file).await;
            if taken.get_value() != this {
                return;
            }
            let text = match read {
                Ok(text) => text,
                Err(_) => {
                    import.set(Import::Refused(lang.strings().files.unreadable.to_string()));
                    return;
                }
            };
            match app.check_import(&text) {
                Err(message) => import.set(Import::Refused(message)),
                Ok(check) => {
                    preview_page.set(0);
                    import.set(Import::Ready { name, check });
                }
            }
        });
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input: leptos::web_sys::HtmlInputElement =
            ev.target().expect("an input").unchecked_into();
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            take_file(file);
        }
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            take_file(file);
        }
    };
    let confirm = move |_| {
        // Taken out, not cloned: the preview holds every imported case. Whatever happens
        // next replaces it with a message.
        let taken = import.try_update_untracked(|i| match i {
            Import::Ready { .. } => Some(std::mem::replace(i, Import::Idle)),
            _ => None,
        });
        let Some(Some(Import::Ready { check, .. })) = taken else {
            return;
        };
        import.set(match app.commit_import(check) {
            Ok(count) => Import::Done(format!("{} {count}", s().files.imported)),
            Err(message) => Import::Refused(message),
        });
    };

    // Built only while the list is open: with 1,000 stored cases, a thousand checkboxes
    // would otherwise be rebuilt whenever a case changes (an import changes them all).
    let choosing = RwSignal::new(false);
    let case_rows = move || {
        if !choosing.get() {
            return Vec::new();
        }
        let summaries = app.summaries();
        summaries
            .into_iter()
            .map(|c| {
                let id = c.id.clone();
                let toggle_id = id.clone();
                let checked_id = id.clone();
                let box_id = format!("pilih-{id}");
                view! {
                    <li>
                        <input type="checkbox" id=box_id.clone()
                            prop:checked=move || selected.with(|s| s.contains(&checked_id))
                            on:change=move |_| selected.update(|s| { if !s.remove(&toggle_id) { s.insert(toggle_id.clone()); } }) />
                        <label for=box_id>{format!("{} · NIB {}", c.company, c.nib)}</label>
                    </li>
                }
            })
            .collect::<Vec<_>>()
    };

    // Read in place: the preview holds every case of the file, too much to clone per render.
    let preview_view = move || {
        import.with(|import_state| {
        match import_state {
        Import::Idle => ().into_any(),
        Import::Refused(message) => {
            let message = message.clone();
            view! {
                <div class="peringatan" role="alert"><strong>{s().files.refused}</strong>" "{message}</div>
            }
            .into_any()
        }
        Import::Checking(name) => {
            let text = format!("{} {name}…", s().files.checking);
            view! { <p class="catatan" role="status" aria-busy="true">{text}</p> }.into_any()
        }
        Import::Done(message) => {
            let message = message.clone();
            view! { <div class="berhasil" role="status">{message}</div> }.into_any()
        }
        Import::Ready { name, check } => {
            let ImportCheck { preview, duplicates, names } = check;
            let lang = app.lang.get();
            let name = name.clone();
            let twice = duplicates.len();
            let duplicate_lines: Vec<String> = duplicates
                .iter()
                .map(|d| d.describe(lang, |office| names.office(office, lang)))
                .collect();
            let blocked = preview.is_blocked();
            let total = preview.rows.len();
            let counts = preview.counts();
            let kinds = [
                (counts.new, s().files.count_new),
                (counts.unchanged, s().files.count_unchanged),
                (counts.merge, s().files.count_merge),
                (counts.conflict, s().files.count_conflict),
                (counts.refused, s().files.count_refused),
            ]
            .into_iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, label)| format!("{n} {label}"))
            .collect::<Vec<_>>();
            let mut count_line = if kinds.is_empty() {
                format!("{total} {}.", s().files.in_file)
            } else {
                format!("{total} {}: {}.", s().files.in_file, kinds.join(", "))
            };
            if twice > 0 {
                count_line.push_str(&format!(" {twice} {}", s().files.count_duplicate_numbers));
            }
            // A file without cases has nothing to import.
            let nothing = total == 0;
            // Problems first: in a long file they would otherwise hide among the new cases.
            let rows = move || {
                let page = preview_pages.get().1;
                preview_order.with(|order| {
                    import.with(|i| {
                        let Import::Ready { check: ImportCheck { preview, .. }, .. } = i else {
                            return Vec::new();
                        };
                        order
                            .iter()
                            .skip(page * PER_PAGE)
                            .take(PER_PAGE)
                            .filter_map(|&i| preview.rows.get(i))
                            .map(|row| preview_row(row, lang))
                            .collect::<Vec<_>>()
                    })
                })
            };
            let several_pages = total > PER_PAGE;
            view! {
                <section class="panel" aria-labelledby="judul-pratinjau">
                    <h2 id="judul-pratinjau">{format!("{} {name}", s().files.preview)}</h2>
                    <p class="jumlah-pratinjau">{count_line}</p>
                    <table class="tabel">
                        <caption>{s().files.preview_caption}</caption>
                        <thead><tr>
                            <th scope="col">{s().files.company}</th>
                            <th scope="col">"NIB"</th>
                            <th scope="col">{s().files.what_happens}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                    {several_pages.then(|| view! { <Paging pages=preview_pages page=preview_page /> })}
                    {(twice > 0).then(|| view! {
                        <div class="peringatan nomor-ganda" role="alert">
                            <p><strong>{s().files.duplicate_numbers}</strong></p>
                            <ul>{duplicate_lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
                            <p>{s().files.duplicate_numbers_hint}</p>
                        </div>
                    })}
                    {blocked.then(|| view! { <p class="peringatan">{s().files.blocked}</p> })}
                    <div class="tombol-baris">
                        <button type="button" class="tombol" on:click=move |_| import.set(Import::Idle)>{s().files.cancel}</button>
                        <button type="button" class="tombol utama" disabled=blocked || nothing on:click=confirm>{s().files.confirm}</button>
                    </div>
                </section>
            }
            .into_any()
        }
    }
    })
    };

    view! {
        <h1>{move || s().nav.impor_ekspor}</h1>
        <section class="panel" aria-labelledby="judul-ekspor">
            <h2 id="judul-ekspor">{move || s().files.export_heading}</h2>
            <p class="catatan">{move || s().files.export_intro}</p>
            <div class="tombol-baris">
                <button type="button" class="tombol utama" on:click=move |_| export(None)>{move || s().files.export_all}</button>
                <button type="button" class="tombol" disabled=move || selected.with(|s| s.is_empty())
                    on:click=move |_| export(Some(selected.get_untracked().into_iter().collect()))>
                    {move || format!("{} ({})", s().files.export_selected, selected.with(|s| s.len()))}
                </button>
            </div>
            {move || export_message.get().map(|m| match m {
                Ok(text) => view! { <p class="berhasil" role="status">{text}</p> }.into_any(),
                Err(text) => view! { <p class="peringatan" role="alert">{text}</p> }.into_any(),
            })}
            <details on:toggle=move |ev| {
                let details: leptos::web_sys::HtmlDetailsElement = ev.target().expect("details").unchecked_into();
                choosing.set(details.open());
            }>
                <summary>{move || s().files.choose_cases}</summary>
                <ul class="pilih-kasus">{case_rows}</ul>
            </details>
        </section>
        <section class="panel" aria-labelledby="judul-impor">
            <h2 id="judul-impor">{move || s().files.import_heading}</h2>
            <p class="catatan">{move || s().files.import_intro}</p>
            <div class="zona-taruh" class:aktif=move || dragging.get()
                on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop>
                <label for="berkas-impor">{move || s().files.pick}</label>
                <input id="berkas-impor" type="file" accept=".json,application/json" on:change=on_pick />
                <p>{move || s().files.or_drop}</p>
            </div>
            {preview_view}
        </section>
        <p><a href=Route::Beranda.href()>{move || s().nav.beranda}</a></p>
    }
}

/// One row of the import preview: the case and what importing it does.
fn preview_row(row: &PreviewRow, lang: Lang) -> impl IntoView {
    let s = lang.strings();
    let (text, class) = match &row.kind {
        RowKind::New => (s.files.row_new.to_string(), "baru"),
        RowKind::Identical => (s.files.row_identical.to_string(), "sama"),
        RowKind::Older { only_here } => (format!("{} ({only_here})", s.files.row_older), "sama"),
        RowKind::Merge { new_events } => (
            format!("{} {new_events} {}", s.files.row_merge, s.files.events),
            "gabung",
        ),
        RowKind::Conflict {
            new_events,
            conflicts,
        } => (
            format!(
                "{} {new_events} {}; {conflicts} {}",
                s.files.row_merge, s.files.events, s.files.row_conflicts
            ),
            "konflik",
        ),
        RowKind::Refused(e) => (e.message(lang), "tolak"),
    };
    view! {
        <tr class=class>
            <td>{row.company.clone()}</td>
            <td>{row.nib.clone()}</td>
            <td>{text}</td>
        </tr>
    }
}
