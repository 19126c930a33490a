//! The form of each kind of step. Simple forms are a list of fields; the team list and the
//! BAP (Lampiran III) have their own layout.

use leptos::prelude::*;

use crate::core::case::bap::MAX_ROWS;
use crate::core::case::bap::MAX_TEAM;
use crate::core::case::identity::REGENCIES;
use crate::core::sop::{FormKind, Step};
use crate::i18n::Lang;
use crate::ui::form::{Choice, Field, FormState, Kind, Select};

use crate::app::forms::draft::{CHECK, CLASSES, DECISION, READINESS};

/// The fields of a step's form.
/// `by_agenda`: the letter's number comes from the buku agenda fields, not typed here.
pub fn step_form(form: FormState, step: &Step, by_agenda: bool) -> AnyView {
    let lang = form.lang;
    let s = move || lang.get().strings();
    let branch_label = |key: &str| {
        step.branch(key)
            .map(|b| b.label.clone())
            .unwrap_or_default()
    };
    match step.form {
        FormKind::IpIssued | FormKind::VerificationRequested | FormKind::CommitmentReport => view! {
            <Field form key="number" />
            <Field form key="date" kind=Kind::Date />
        }
        .into_any(),
        FormKind::IndustryData => view! { <Field form key="notified_on" kind=Kind::Date /> }.into_any(),
        FormKind::FileReceived => view! {
            <Field form key="received_on" kind=Kind::Date />
            <Field form key="note" kind=Kind::Text />
        }
        .into_any(),
        FormKind::Letter => view! {
            {(!by_agenda).then(|| view! { <Field form key="number" /> })}
            <Field form key="date" kind=Kind::Date />
            <Field form key="note" kind=Kind::Text />
        }
        .into_any(),
        FormKind::Disposition => view! {
            <Field form key="instruction" kind=Kind::Text />
            {(!by_agenda).then(|| view! { <Field form key="surat_tugas_number" /> })}
            <Field form key="surat_tugas_date" kind=Kind::Date />
        }
        .into_any(),
        FormKind::TeamAssignment => view! {
            <RowList form list="members" max=MAX_TEAM add_label=Signal::derive(move || s().form.add_member.to_string())
                row=move |i| view! {
                    <Field form key=format!("members.{i}.name") />
                    <Field form key=format!("members.{i}.nip") />
                }.into_any() />
        }
        .into_any(),
        FormKind::DocumentCheck => view! { <Field form key="findings" kind=Kind::Text /> }.into_any(),
        FormKind::InspectionDecision => view! {
            <Choice form key="needed" options=vec![(DECISION[0], branch_label("ya")), (DECISION[1], branch_label("tidak"))] />
            <Field form key="reason" kind=Kind::Text />
        }
        .into_any(),
        FormKind::FieldInspection => view! {
            <Field form key="date" kind=Kind::Date />
            <Field form key="location" />
            <Field form key="findings" kind=Kind::Text />
        }
        .into_any(),
        FormKind::Bap => view! { <BapForm form /> }.into_any(),
        FormKind::CompletenessCheck => view! {
            <Choice form key="complete" options=vec![(CHECK[0], branch_label("lengkap")), (CHECK[1], branch_label("perbaikan"))] />
            <Field form key="reason" kind=Kind::Text hint=s().form.reason_when_returned.to_string() />
        }
        .into_any(),
        FormKind::Signature => view! { <Field form key="signed_on" kind=Kind::Date /> }.into_any(),
        FormKind::Instruction => view! {
            <Field form key="to" />
            <Field form key="note" kind=Kind::Text />
        }
        .into_any(),
        FormKind::BapUpload => view! {
            <Field form key="uploaded_on" kind=Kind::Date />
            <Field form key="tembusan_sent_on" kind=Kind::Date />
        }
        .into_any(),
        FormKind::OssNotified | FormKind::ApplicantNotified => {
            view! { <Field form key="date" kind=Kind::Date /> }.into_any()
        }
    }
}

/// A list of rows with add/remove buttons (team members, capacity rows, inspectors).
#[component]
pub fn RowList(
    form: FormState,
    #[prop(into)] list: String,
    max: usize,
    #[prop(into)] add_label: Signal<String>,
    row: impl Fn(usize) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    let lang = form.lang;
    let list = StoredValue::new(list);
    let count = move || list.with_value(|l| form.count(l));
    view! {
        <div class="daftar-baris">
            {move || (0..count()).map(|i| view! {
                <div class="baris-isian">
                    {row(i)}
                    <button type="button" class="tombol kecil"
                        on:click=move |_| list.with_value(|l| remove_row(form, l, i))
                        disabled=move || { count() <= 1 }>
                        {move || lang.get().strings().form.remove_row}
                    </button>
                </div>
            }).collect_view()}
            <p class="galat" aria-live="polite">{move || list.with_value(|l| form.error(l))}</p>
            <button type="button" class="tombol kecil"
                disabled=move || { count() >= max }
                on:click=move |_| list.with_value(|l| form.set_count(l, count() + 1))>
                {move || add_label.get()}
            </button>
        </div>
    }
}

/// Removes row `i`, shifting the later rows up (keys are positional).
fn remove_row(form: FormState, list: &str, i: usize) {
    form.draft.update(|d| {
        let n: usize = d
            .get(&format!("{list}.#"))
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        let prefix = |j: usize| format!("{list}.{j}");
        for j in i..n.saturating_sub(1) {
            let from = prefix(j + 1);
            let to = prefix(j);
            let moved: Vec<(String, String)> = d
                .iter()
                .filter(|(k, _)| *k == &from || k.starts_with(&format!("{from}.")))
                .map(|(k, v)| (format!("{to}{}", &k[from.len()..]), v.clone()))
                .collect();
            d.retain(|k, _| !(*k == to || k.starts_with(&format!("{to}."))));
            d.extend(moved);
        }
        let last = prefix(n.saturating_sub(1));
        d.retain(|k, _| !(*k == last || k.starts_with(&format!("{last}."))));
        d.insert(format!("{list}.#"), n.saturating_sub(1).to_string());
    });
}

/// The BAP in the order of Lampiran III.
#[component]
fn BapForm(form: FormState) -> impl IntoView {
    let lang = form.lang;
    let s = move || lang.get().strings();
    let readiness = move || {
        vec![
            (READINESS[0], s().form.siap.to_string()),
            (READINESS[1], s().form.tidak_siap.to_string()),
        ]
    };
    let classes = move || {
        vec![
            (CLASSES[0], s().form.kecil.to_string()),
            (CLASSES[1], s().form.menengah.to_string()),
            (CLASSES[2], s().form.besar.to_string()),
        ]
    };
    let capacity = move |list: &'static str| {
        view! {
            <RowList form list=list max=MAX_ROWS add_label=Signal::derive(move || s().form.add_row.to_string())
                row=move |i| view! {
                    <Field form key=format!("{list}.{i}.commodity") />
                    <Field form key=format!("{list}.{i}.capacity") kind=Kind::Number />
                    <Field form key=format!("{list}.{i}.unit") />
                }.into_any() />
        }
    };
    view! {
        <div class="bap-isian">
            <h4>{move || s().form.bap_heading}</h4>
            <Field form key="bap.number" />
            <Field form key="bap.date" kind=Kind::Date />
            <Field form key="bap.regulation" />
            <Field form key="bap.request_number" />
            <Field form key="bap.request_date" kind=Kind::Date />
            <Field form key="bap.company" />
            <Field form key="bap.location" kind=Kind::Text />
            <Field form key="bap.iui_number" />
            <Field form key="bap.kbli" />
            <Field form key="bap.npwp" />
            <h5>{move || s().form.bap_scale}</h5>
            <Field form key="bap.workforce" kind=Kind::Number />
            <Field form key="bap.investment" kind=Kind::Number />
            <Choice form key="bap.classification" options=classes() />
            <h5>{move || s().form.bap_readiness}</h5>
            <Choice form key="bap.factory_construction" options=readiness() />
            <Choice form key="bap.production_facilities" options=readiness() />
            <Choice form key="bap.trial_production" options=readiness() />
            <h5>{move || crate::i18n::field_label("bap.capacity_now", lang.get())}</h5>
            {capacity("bap.capacity_now")}
            <h5>{move || crate::i18n::field_label("bap.capacity_after", lang.get())}</h5>
            {capacity("bap.capacity_after")}
            <Field form key="bap.other_notes" kind=Kind::Text hint=s().form.dash_when_none.to_string() />
            <h5>{move || crate::i18n::field_label("bap.inspectors", lang.get())}</h5>
            <RowList form list="bap.inspectors" max=MAX_TEAM add_label=Signal::derive(move || s().form.add_inspector.to_string())
                row=move |i| view! { <Field form key=format!("bap.inspectors.{i}") /> }.into_any() />
            <Field form key="bap.company_representative" />
            <Field form key="bap.place" />
        </div>
    }
}

/// The identity fields of a case (Kasus Baru).
pub fn identity_form(form: FormState, lang: Signal<Lang>) -> impl IntoView {
    let s = move || lang.get().strings();
    view! {
        <Field form key="company" />
        <Field form key="nib" kind=Kind::Number />
        <Field form key="npwp" hint=s().form.npwp_hint.to_string() />
        <Field form key="iui_number" />
        <Field form key="kbli" kind=Kind::Number />
        <Field form key="address" kind=Kind::Text />
        <Select form key="regency" options=REGENCIES.iter().map(|r| r.to_string()).collect() placeholder=s().form.choose.to_string() />
        <h4>{move || crate::i18n::field_label("commodities", lang.get())}</h4>
        <RowList form list="commodities" max=crate::core::case::identity::MAX_COMMODITIES
            add_label=Signal::derive(move || s().form.add_row.to_string())
            row=move |i| view! {
                <Field form key=format!("commodities.{i}.name") />
                <Field form key=format!("commodities.{i}.unit") />
                <Field form key=format!("commodities.{i}.capacity_before") kind=Kind::Number />
                <Field form key=format!("commodities.{i}.capacity_after") kind=Kind::Number />
            }.into_any() />
        <Field form key="workforce" kind=Kind::Number />
        <Field form key="investment" kind=Kind::Number />
        <Field form key="responsible_person" />
    }
}

/// The buku agenda fields of a step that receives or sends a letter.
#[component]
pub fn AgendaFields(
    form: FormState,
    preview: Signal<Option<String>>,
    incoming: bool,
    /// Under the running number; by default, that the next free one is filled in.
    #[prop(optional, into)]
    seq_hint: Option<String>,
) -> impl IntoView {
    let s = move || form.lang.get().strings();
    let seq_hint = seq_hint.unwrap_or_else(|| s().agenda.seq_hint.to_string());
    view! {
        <fieldset class="agenda-isian">
            <legend>{move || if incoming { s().agenda.incoming_legend } else { s().agenda.outgoing_legend }}</legend>
            <Field form key="agenda.seq" kind=Kind::Number hint=seq_hint />
            <p class="nomor-pratinjau" aria-live="polite">
                {move || preview.get().map(|n| format!("{} {n}", s().agenda.number_will_be))}
            </p>
            <Field form key="agenda.from" />
            <Field form key="agenda.to" />
            <Field form key="agenda.subject" kind=Kind::Text />
        </fieldset>
    }
}
