//! The SOP as a reference page: its header, the flow table as the paper SOP draws it, and
//! every step's details, readable without a case.

use leptos::prelude::*;

use crate::app::flow::{time_text, Marks};
use crate::ui::flow::FlowTable;
use crate::ui::state::App;

#[component]
pub fn SopReferencePage() -> impl IntoView {
    let app = App::use_app();
    let s = move || app.lang.get().strings();
    let list = |items: &[String]| view! { <ul>{items.iter().map(|i| view! { <li>{i.clone()}</li> }).collect_view()}</ul> };
    let header = move || {
        let sop = app.sop.get();
        let h = sop.header().clone();
        let d = sop.deadlines().clone();
        view! {
            <dl class="identitas">
                <dt>{s().reference.number}</dt><dd>{h.number.clone()}</dd>
                <dt>{s().reference.dates}</dt><dd>{format!("{} / {} / {}", h.made_on, h.revised_on, h.effective_on)}</dd>
                <dt>{s().reference.approved}</dt><dd>{format!("{}, {} ({}, NIP {})", h.approved_by.name, h.approved_by.position, h.approved_by.rank, h.approved_by.nip)}</dd>
            </dl>
            <h2>{s().reference.legal_basis}</h2>{list(&h.legal_basis)}
            <h2>{s().reference.qualifications}</h2>{list(&h.qualifications)}
            <h2>{s().reference.related}</h2>{list(&h.related_sops)}
            <h2>{s().reference.equipment}</h2>{list(&h.equipment)}
            <h2>{s().reference.warning}</h2><div class="peringatan">{list(&h.warnings)}</div>
            <h2>{s().reference.records}</h2>{list(&h.record_keeping)}
            <h2>{s().reference.deadlines}</h2>
            <ul>
                <li>{format!("{} {} ({})", s().reference.inspection_deadline, d.inspection_working_days, d.inspection_basis)}</li>
                <li>{format!("{} {} ({})", s().reference.commitment_deadline, d.commitment_months, d.commitment_basis)}</li>
            </ul>
        }
    };
    let steps = move || {
        let sop = app.sop.get();
        let lang = app.lang.get();
        sop.steps()
            .iter()
            .map(|step| {
                let actor = sop.actor(&step.actor).map(|a| a.name.clone()).unwrap_or_default();
                let branches = step.branches.iter().map(|b| format!("{} → {}", b.label, b.to)).collect::<Vec<_>>().join("; ");
                view! {
                    <li id=format!("langkah-{}", step.no)>
                        <h3>{format!("{} {}. {}", s().step.step, step.no, step.activity)}</h3>
                        <dl class="info-langkah">
                            <dt>{s().step.actor}</dt><dd>{actor}</dd>
                            <dt>{s().step.inputs}</dt><dd>{step.inputs.join("; ")}</dd>
                            <dt>{s().step.output}</dt><dd>{step.output.join("; ")}</dd>
                            <dt>{s().step.time}</dt><dd>{time_text(step.time, lang)}</dd>
                            {step.legal_reference.clone().map(|r| view! { <dt>{s().step.legal}</dt><dd>{r}</dd> })}
                            {step.note.clone().map(|n| view! { <dt>{s().step.note}</dt><dd>{n}</dd> })}
                            {(!branches.is_empty()).then(|| view! { <dt>{s().flow.branches}</dt><dd>{branches}</dd> })}
                        </dl>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <h1>{move || s().reference.heading}</h1>
        <section class="panel">{header}</section>
        <section class="panel" aria-labelledby="judul-alur-sop">
            <h2 id="judul-alur-sop">{move || s().case.flow}</h2>
            <FlowTable sop=app.sop marks=Marks::default() lang=app.lang />
        </section>
        <section class="panel" aria-labelledby="judul-langkah-sop">
            <h2 id="judul-langkah-sop">{move || s().reference.steps}</h2>
            <ol class="daftar-langkah">{steps}</ol>
        </section>
    }
}
