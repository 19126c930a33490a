//! The layout of each printed document (A4, see the print CSS). The wording comes from
//! `model.rs`; everything from the case is rendered as text.

use leptos::prelude::*;

use crate::i18n::{Lang, LetterText};

use crate::app::documents::{
    BapDoc, Choice, Document, NotaDinas, Signature, SuratPengantar, SuratTugas,
};

fn t() -> &'static LetterText {
    &Lang::Id.strings().letter
}

pub fn document(doc: Document, lang: Signal<Lang>) -> AnyView {
    match doc {
        Document::NotaDinas(d) => nota_dinas(d).into_any(),
        Document::SuratTugas(d) => surat_tugas(d).into_any(),
        Document::Bap(d) => bap(*d, lang).into_any(),
        Document::SuratPengantar(d) => surat_pengantar(d).into_any(),
    }
}

/// The kop surat: the first lines larger, a double rule under it.
pub fn kop(lines: Vec<String>) -> impl IntoView {
    view! {
        <header class="kop">
            {lines
                .into_iter()
                .enumerate()
                .map(|(i, line)| view! { <p class=format!("kop-baris kop-{}", (i + 1).min(3))>{line}</p> })
                .collect_view()}
        </header>
    }
}

/// "Label : value" rows, as letters align them.
fn fields(rows: Vec<(&'static str, String)>) -> impl IntoView {
    view! {
        <table class="isian-surat">
            <tbody>
                {rows
                    .into_iter()
                    .map(|(label, value)| view! {
                        <tr><th scope="row">{label}</th><td class="titik-dua">":"</td><td>{value}</td></tr>
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}

fn signature(sig: Signature, before: Vec<String>) -> impl IntoView {
    let name = sig.name.unwrap_or_else(|| t().blank_name.to_string());
    view! {
        <div class="ttd">
            {before.into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}
            {sig.titles.into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}
            <p class="ttd-ruang" aria-hidden="true"></p>
            <p class="ttd-nama">{name}</p>
        </div>
    }
}

/// "Kecil/Menengah/Besar" with the options not chosen struck through ("coret yang tidak
/// dipilih"); screen readers hear "(dicoret)" since a strike-through is not announced.
fn choice(options: Choice, lang: Signal<Lang>) -> impl IntoView {
    options
        .into_iter()
        .enumerate()
        .map(|(i, (label, chosen))| {
            view! {
                {(i > 0).then_some("/")}
                {if chosen {
                    view! { <span class="dipilih">{label}</span> }.into_any()
                } else {
                    view! {
                        <s>{label}<span class="tak-terlihat">" "{move || lang.get().strings().print.struck}</span></s>
                    }
                    .into_any()
                }}
            }
        })
        .collect_view()
}

fn capacity_table(rows: Vec<(String, String)>) -> impl IntoView {
    let t = t();
    view! {
        <table class="tabel-surat">
            <thead>
                <tr>
                    <th scope="col">{t.bap_col_no}</th>
                    <th scope="col">{t.bap_col_commodity}</th>
                    <th scope="col">{t.bap_col_capacity}</th>
                </tr>
            </thead>
            <tbody>
                {rows
                    .into_iter()
                    .enumerate()
                    .map(|(i, (commodity, capacity))| view! {
                        <tr><td>{format!("{}.", i + 1)}</td><td>{commodity}</td><td>{capacity}</td></tr>
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}

fn bap(d: BapDoc, lang: Signal<Lang>) -> impl IntoView {
    let t = t();
    let letters = ["a.", "b.", "c."];
    let readiness = d
        .readiness
        .into_iter()
        .zip(letters)
        .map(|((label, options), letter)| {
            view! {
                <tr>
                    <th scope="row">{format!("{letter} {label}")}</th>
                    <td class="titik-dua">":"</td>
                    <td>{choice(options, lang)}</td>
                </tr>
            }
        })
        .collect_view();
    let inspectors = d
        .inspectors
        .into_iter()
        .map(|name| {
            signature(
                Signature {
                    titles: vec![t.bap_inspector.to_string()],
                    name,
                },
                Vec::new(),
            )
        })
        .collect_view();
    view! {
        <h2 class="judul-surat">{t.bap_title}</h2>
        <p class="nomor-surat">{format!("{} : {}", t.number, d.number)}</p>
        <p class="rata">{d.preamble}</p>
        {fields(d.subject)}
        <p class="rata">{t.bap_purpose}</p>
        <ol class="butir">
            <li>
                <p>{t.bap_scale}</p>
                <table class="isian-surat">
                    <tbody>
                        <tr><th scope="row">{format!("a. {}", t.bap_workforce)}</th><td class="titik-dua">":"</td><td>{d.workforce}</td></tr>
                        <tr><th scope="row">{format!("b. {}", t.bap_investment)}</th><td class="titik-dua">":"</td><td>{d.investment}</td></tr>
                        <tr><th scope="row">{format!("c. {}", t.bap_class)}</th><td class="titik-dua">":"</td><td>{choice(d.classification, lang)}</td></tr>
                    </tbody>
                </table>
            </li>
            <li>
                <p>{t.bap_readiness}</p>
                <table class="isian-surat"><tbody>{readiness}</tbody></table>
            </li>
            <li>
                <p>{t.bap_capacity_now}</p>
                {capacity_table(d.capacity_now)}
            </li>
            <li>
                <p>{t.bap_capacity_after}</p>
                {capacity_table(d.capacity_after)}
            </li>
            <li>
                <p>{t.bap_other}</p>
                <p class="teks-bebas">{d.other_notes}</p>
            </li>
        </ol>
        <p>{t.bap_closing}</p>
        <p class="tempat-tanggal">{d.place_date}</p>
        <div class="ttd-grid">{inspectors}</div>
        <div class="ttd-tengah">
            {signature(
                Signature { titles: vec![t.bap_representative.to_string()], name: Some(d.representative).filter(|n| !n.trim().is_empty()) },
                Vec::new(),
            )}
        </div>
    }
}

fn nota_dinas(d: NotaDinas) -> impl IntoView {
    let t = t();
    view! {
        <h2 class="judul-surat">{t.nd_title}</h2>
        {fields(d.header)}
        <hr class="garis-nota" />
        <p>{t.greeting}</p>
        {d.paragraphs.into_iter().map(|p| view! { <p class="rata">{p}</p> }).collect_view()}
        <div class="ttd-kanan">{signature(d.signature, Vec::new())}</div>
    }
}

fn surat_tugas(d: SuratTugas) -> impl IntoView {
    let t = t();
    let team = d
        .team
        .into_iter()
        .enumerate()
        .map(|(i, m)| {
            let nip = if m.nip.trim().is_empty() { "-".to_string() } else { m.nip };
            view! {
                <tr><td>{format!("{}.", i + 1)}</td><td>{m.name}</td><td>{nip}</td><td>{t.st_member}</td></tr>
            }
        })
        .collect_view();
    let issued = d
        .issued
        .into_iter()
        .map(|(label, value)| format!("{label} : {value}"))
        .collect();
    view! {
        <h2 class="judul-surat">{t.st_title}</h2>
        <p class="nomor-surat">{format!("{} : {}", t.number, d.number)}</p>
        <table class="isian-surat">
            <tbody>
                <tr>
                    <th scope="row">{t.st_basis}</th>
                    <td class="titik-dua">":"</td>
                    <td><ol class="butir-rapat">{d.bases.into_iter().map(|b| view! { <li class="rata">{b}</li> }).collect_view()}</ol></td>
                </tr>
            </tbody>
        </table>
        <p class="tengah tebal">{t.st_orders}</p>
        <table class="isian-surat">
            <tbody>
                <tr>
                    <th scope="row">{t.to}</th>
                    <td class="titik-dua">":"</td>
                    <td>
                        <table class="tabel-surat">
                            <thead>
                                <tr>
                                    <th scope="col">{t.st_col_no}</th>
                                    <th scope="col">{t.st_col_name}</th>
                                    <th scope="col">{t.st_col_nip}</th>
                                    <th scope="col">{t.st_col_role}</th>
                                </tr>
                            </thead>
                            <tbody>{team}</tbody>
                        </table>
                    </td>
                </tr>
                <tr>
                    <th scope="row">{t.st_for}</th>
                    <td class="titik-dua">":"</td>
                    <td><ol class="butir-rapat">{d.tasks.into_iter().map(|task| view! { <li class="rata">{task}</li> }).collect_view()}</ol></td>
                </tr>
            </tbody>
        </table>
        <div class="ttd-kanan">{signature(d.signature, issued)}</div>
    }
}

fn surat_pengantar(d: SuratPengantar) -> impl IntoView {
    let t = t();
    view! {
        <p class="kanan">{d.place_date}</p>
        <div class="surat-kepala">
            {fields(d.header)}
            <div class="tujuan">{d.to.into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}</div>
        </div>
        <p>{t.greeting}</p>
        <p class="rata">{d.body}</p>
        {fields(d.company)}
        <p class="rata">{d.result}</p>
        <p>{t.closing_use}</p>
        <div class="ttd-kanan">{signature(d.signature, Vec::new())}</div>
        <div class="tembusan">
            <p>{t.copies}</p>
            <ol>{d.copies.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ol>
        </div>
    }
}
