//! Pengaturan: the office name and kop surat, who acts at each step and its time standard
//! (the SOP's unreadable columns, see the data file), the office's working days, and the
//! language. Edited as a draft (`draft.rs`) and saved in one go.

use leptos::prelude::*;

use crate::app::flow::time_text;
use crate::app::forms::draft::Draft;
use crate::core::calendar::{Calendar, SATURDAY, SUNDAY};
use crate::core::sop::{ActorId, Sop, StepNo};
use crate::i18n::dates::day_date;
use crate::i18n::Lang;
use crate::ui::form::{field_id, FormState};
use crate::ui::state::App;

use crate::app::forms::settings::{add_date, DateError, Invalid, SettingsDraft, StepDraft, Unit};

/// The SOP the defaults come from: the shipped one, not the office's effective one.
fn base() -> &'static Sop {
    Sop::embedded()
}

#[component]
pub fn SettingsPage() -> impl IntoView {
    let app = App::use_app();
    let s = move || app.lang.get().strings();
    let draft = RwSignal::new(
        app.settings
            .with_untracked(|st| SettingsDraft::of(st, base())),
    );
    // Field errors, shown and focused like the step forms' (the draft map is unused).
    let form = FormState::new(Draft::new(), app.lang);
    let message = RwSignal::new(None::<String>);
    let saved = RwSignal::new(false);
    let edit = move |f: &dyn Fn(&mut SettingsDraft)| {
        draft.update(|d| f(d));
        saved.set(false);
    };
    // The header's language switch saves at once; follow it so saving here keeps it.
    Effect::new(move |_| {
        let lang = app.lang.get();
        draft.update(|d| d.lang = lang);
    });

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        saved.set(false);
        let result = draft.with_untracked(|d| d.apply(base(), app.settings.get_untracked()));
        match result {
            Err(Invalid::Fields(errors)) => {
                message.set(Some(s().step.fix_fields.to_string()));
                form.show_errors(errors);
            }
            Err(Invalid::Sop(text)) => message.set(Some(text)),
            Ok(settings) => match app.save_settings(settings) {
                Ok(()) => {
                    form.errors.set(Vec::new());
                    message.set(None);
                    saved.set(true);
                }
                Err(refusal) => {
                    message.set(Some(refusal.message));
                    form.show_errors(refusal.fields);
                }
            },
        }
    };

    let error_of = move |key: &'static str| Signal::derive(move || form.error(key));
    let office_error = error_of("office_name");
    let label_error = error_of("copy_label");
    let letterhead_error = error_of("letterhead");

    view! {
        <h1>{move || s().nav.pengaturan}</h1>
        <p class="catatan">{move || s().settings.intro}</p>
        <form class="pengaturan" on:submit=save novalidate>
            <section class="panel" aria-labelledby="judul-kantor">
                <h2 id="judul-kantor">{move || s().settings.office}</h2>
                <div class="isian" class:ada-galat=move || office_error.get().is_some()>
                    <label for=field_id("office_name")>{move || s().settings.office_name}</label>
                    <input id=field_id("office_name") type="text"
                        prop:value=move || draft.with(|d| d.office_name.clone())
                        on:input=move |ev| { let v = event_target_value(&ev); edit(&|d| d.office_name = v.clone()) }
                        aria-invalid=move || office_error.get().is_some().then_some("true")
                        aria-describedby="f-office_name-galat" />
                    <p class="galat" id="f-office_name-galat" aria-live="polite">{move || office_error.get()}</p>
                </div>
                <div class="isian" class:ada-galat=move || label_error.get().is_some()>
                    <label for=field_id("copy_label")>{move || s().settings.copy_label}</label>
                    <small class="petunjuk" id="salinan-petunjuk">{move || s().settings.copy_label_hint}</small>
                    <input id=field_id("copy_label") type="text"
                        prop:value=move || draft.with(|d| d.copy_label.clone())
                        on:input=move |ev| { let v = event_target_value(&ev); edit(&|d| d.copy_label = v.clone()) }
                        aria-invalid=move || label_error.get().is_some().then_some("true")
                        aria-describedby="salinan-petunjuk f-copy_label-galat" />
                    <p class="galat" id="f-copy_label-galat" aria-live="polite">{move || label_error.get()}</p>
                </div>
                <div class="isian" class:ada-galat=move || letterhead_error.get().is_some()>
                    <label for=field_id("letterhead")>{move || s().settings.letterhead}</label>
                    <small class="petunjuk" id="kop-petunjuk">{move || s().settings.letterhead_hint}</small>
                    <textarea id=field_id("letterhead") rows="4"
                        prop:value=move || draft.with(|d| d.letterhead.clone())
                        on:input=move |ev| { let v = event_target_value(&ev); edit(&|d| d.letterhead = v.clone()) }
                        aria-invalid=move || letterhead_error.get().is_some().then_some("true")
                        aria-describedby="kop-petunjuk f-letterhead-galat"></textarea>
                    <p class="galat" id="f-letterhead-galat" aria-live="polite">{move || letterhead_error.get()}</p>
                </div>
            </section>

            <section class="panel" aria-labelledby="judul-agenda">
                <h2 id="judul-agenda">{move || s().agenda.heading}</h2>
                <p class="catatan" id="agenda-petunjuk">{move || s().agenda.format_hint}</p>
                {[("agenda_keluar", true), ("agenda_masuk", false)].into_iter().map(|(key, keluar)| {
                    let error = error_of(key);
                    view! {
                        <div class="isian" class:ada-galat=move || error.get().is_some()>
                            <label for=field_id(key)>{move || if keluar { s().agenda.format_keluar } else { s().agenda.format_masuk }}</label>
                            <input id=field_id(key) type="text"
                                prop:value=move || draft.with(|d| if keluar { d.agenda.keluar.clone() } else { d.agenda.masuk.clone() })
                                on:input=move |ev| {
                                    let v = event_target_value(&ev);
                                    edit(&|d| if keluar { d.agenda.keluar = v.clone() } else { d.agenda.masuk = v.clone() })
                                }
                                aria-invalid=move || error.get().is_some().then_some("true")
                                aria-describedby=format!("agenda-petunjuk {}-galat", field_id(key)) />
                            <p class="galat" id=format!("{}-galat", field_id(key)) aria-live="polite">{move || error.get()}</p>
                        </div>
                    }
                }).collect_view()}
                <Numbering draft form saved />
            </section>

            <StepSettings draft form saved />

            <section class="panel" aria-labelledby="judul-hari-kerja">
                <h2 id="judul-hari-kerja">{move || s().settings.calendar}</h2>
                <label class="pilihan">
                    <input type="checkbox" prop:checked=move || draft.with(|d| d.calendar.count_cuti_bersama)
                        on:change=move |ev| { let on = event_target_checked(&ev); edit(&|d| d.calendar.count_cuti_bersama = on) } />
                    {move || s().settings.count_cuti}
                </label>
                <DateList draft saved working=false />
                <DateList draft saved working=true />
            </section>

            <section class="panel" aria-labelledby="judul-bahasa">
                <h2 id="judul-bahasa">{move || s().app.language}</h2>
                <div class="isian">
                    <label for="bahasa-antarmuka">{move || s().settings.language}</label>
                    <select id="bahasa-antarmuka" on:change=move |ev| {
                        let lang = if event_target_value(&ev) == "en" { Lang::En } else { Lang::Id };
                        edit(&|d| d.lang = lang)
                    }>
                        <option value="id" prop:selected=move || draft.with(|d| d.lang == Lang::Id)>{move || s().settings.lang_id}</option>
                        <option value="en" prop:selected=move || draft.with(|d| d.lang == Lang::En)>{move || s().settings.lang_en}</option>
                    </select>
                </div>
            </section>

            <p class="pesan-galat" role="alert">{move || message.get()}</p>
            <p class="berhasil-teks" role="status">{move || saved.get().then(|| s().settings.saved)}</p>
            <button type="submit" class="tombol utama">{move || s().settings.save}</button>
        </form>
    }
}

/// How this copy numbers: its block of running numbers and its code, so that two copies of
/// the data do not give the same numbers, with the first number each book would give.
#[component]
fn Numbering(
    draft: RwSignal<SettingsDraft>,
    form: FormState,
    saved: RwSignal<bool>,
) -> impl IntoView {
    let app = App::use_app();
    let s = move || app.lang.get().strings();
    let year = {
        use chrono::Datelike;
        crate::core::calendar::wib_date(app.now.get_untracked()).year()
    };
    // (key, label, read, write)
    type Label = fn(Lang) -> &'static str;
    type Read = fn(&SettingsDraft) -> String;
    type Write = fn(&mut SettingsDraft, String);
    type Field = (&'static str, Label, Read, Write);
    let fields: [Field; 3] = [
        (
            "agenda_block_start",
            |l| l.strings().agenda.block_start,
            |d| d.block_start.clone(),
            |d, v| d.block_start = v,
        ),
        (
            "agenda_block_end",
            |l| l.strings().agenda.block_end,
            |d| d.block_end.clone(),
            |d, v| d.block_end = v,
        ),
        (
            "agenda_code",
            |l| l.strings().agenda.code,
            |d| d.agenda.code.clone(),
            |d, v| d.agenda.code = v,
        ),
    ];
    let inputs = fields
        .into_iter()
        .map(|(key, label, read, write)| {
            let error = Signal::derive(move || form.error(key));
            let numeric = key != "agenda_code";
            view! {
                <div class="isian" class:ada-galat=move || error.get().is_some()>
                    <label for=field_id(key)>{move || label(app.lang.get())}</label>
                    <input id=field_id(key) type="text" inputmode=numeric.then_some("numeric") size=if numeric { "8" } else { "12" }
                        prop:value=move || draft.with(read)
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            draft.update(|d| write(d, v));
                            saved.set(false);
                        }
                        aria-invalid=move || error.get().is_some().then_some("true")
                        aria-describedby=format!("penomoran-petunjuk {}-galat", field_id(key)) />
                    <p class="galat" id=format!("{}-galat", field_id(key)) aria-live="polite">{move || error.get()}</p>
                </div>
            }
        })
        .collect_view();
    let example = move || {
        use crate::core::register::Direction;
        let d = draft.get();
        [Direction::Keluar, Direction::Masuk]
            .into_iter()
            .filter_map(|dir| d.example(dir, year))
            .collect::<Vec<_>>()
            .join(" · ")
    };
    view! {
        <fieldset class="penomoran">
            <legend>{move || s().agenda.numbering_heading}</legend>
            <p class="catatan" id="penomoran-petunjuk">{move || s().agenda.numbering_intro}</p>
            {inputs}
            <p class="catatan contoh-nomor" aria-live="polite">{move || format!("{} {}", s().agenda.example, example())}</p>
        </fieldset>
    }
}

/// The table of steps: actor and time standard, each resettable to the shipped default.
#[component]
fn StepSettings(
    draft: RwSignal<SettingsDraft>,
    form: FormState,
    saved: RwSignal<bool>,
) -> impl IntoView {
    let app = App::use_app();
    let s = move || app.lang.get().strings();
    let rows = base()
        .steps()
        .iter()
        .map(|step| view! { <StepRow no=step.no draft form saved /> })
        .collect_view();
    view! {
        <section class="panel" aria-labelledby="judul-langkah-sop">
            <h2 id="judul-langkah-sop">{move || s().settings.sop}</h2>
            <p class="catatan">{move || s().settings.sop_intro}</p>
            <div class="gulir-tabel" role="region" tabindex="0" aria-labelledby="judul-langkah-sop">
                <table class="tabel tabel-langkah">
                    <caption class="tak-terlihat">{move || s().settings.sop}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{move || s().settings.col_no}</th>
                            <th scope="col">{move || s().settings.col_activity}</th>
                            <th scope="col">{move || s().settings.col_actor}</th>
                            <th scope="col">{move || s().settings.col_time}</th>
                            <th scope="col">{move || s().settings.col_default}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <button type="button" class="tombol"
                disabled=move || draft.with(|d| d.steps.iter().all(|st| d.is_default(st.no, base())))
                on:click=move |_| { draft.update(|d| d.reset_all(base())); form.errors.set(Vec::new()); saved.set(false); }>
                {move || s().settings.reset_all}
            </button>
        </section>
    }
}

#[component]
fn StepRow(
    no: StepNo,
    draft: RwSignal<SettingsDraft>,
    form: FormState,
    saved: RwSignal<bool>,
) -> impl IntoView {
    let app = App::use_app();
    let s = move || app.lang.get().strings();
    let i = usize::from(no) - 1;
    let step = base().step(no).expect("rows come from the SOP's steps");
    // This row's part of the draft: other rows' edits do not re-run its closures.
    let row = Memo::new(move |_| draft.with(|d| d.steps[i].clone()));
    let get = move || row.get();
    let edit = move |f: &dyn Fn(&mut StepDraft)| {
        draft.update(|d| f(&mut d.steps[i]));
        saved.set(false);
    };
    let amount_key = StepDraft::amount_key(no);
    let amount_id = field_id(&amount_key);
    let error_id = format!("{amount_id}-galat");
    let error = {
        let key = amount_key.clone();
        Signal::derive(move || form.error(&key))
    };
    let actor_id = format!("pelaksana-{no}");
    let unit_id = format!("satuan-{no}");
    let default_actor = step.actor.clone();
    let default_time = step.time;
    let actor_options = base()
        .actors()
        .iter()
        .map(|a| {
            let id = a.id.clone();
            view! { <option value=a.id.to_string() prop:selected=move || row.with(|r| r.actor == id)>{a.name.clone()}</option> }
        })
        .collect_view();
    let unit_options = move || {
        let lang = app.lang.get();
        Unit::ALL
            .into_iter()
            .map(|u| {
                let label = match u {
                    Unit::None => lang.strings().flow.no_time,
                    Unit::Minutes => lang.strings().flow.minutes,
                    Unit::Hours => lang.strings().flow.hours,
                    Unit::WorkingDays => lang.strings().flow.working_days,
                };
                view! { <option value=u.key() prop:selected=move || row.with(|r| r.unit == u)>{label}</option> }
            })
            .collect_view()
    };
    let is_default = move || row.with(|r| r.matches(step));
    let default_text = move || {
        let lang = app.lang.get();
        let actor = base()
            .actor(&default_actor)
            .map(|a| a.short.clone())
            .unwrap_or_default();
        format!(
            "{} {actor} · {}",
            s().settings.default_was,
            time_text(default_time, lang)
        )
    };
    view! {
        <tr class:diubah=move || !is_default()>
            <td>{no}</td>
            <td class="sel-langkah">{step.activity.clone()}</td>
            <td>
                <label class="tak-terlihat" for=actor_id.clone()>{move || format!("{} {no}", s().settings.actor_of)}</label>
                <select id=actor_id.clone() on:change=move |ev| {
                    let actor = ActorId(event_target_value(&ev));
                    edit(&|d| d.actor = actor.clone())
                }>
                    {actor_options}
                </select>
            </td>
            <td>
                <div class="waktu-baku" class:ada-galat=move || error.get().is_some()>
                    <label class="tak-terlihat" for=amount_id.clone()>{move || format!("{} {no}", s().settings.amount_of)}</label>
                    <input id=amount_id.clone() type="text" inputmode="numeric" size="4"
                        prop:value=move || get().amount
                        disabled=move || { get().unit == Unit::None }
                        on:input=move |ev| { let v = event_target_value(&ev); edit(&|d| d.amount = v.clone()) }
                        aria-invalid=move || error.get().is_some().then_some("true")
                        aria-describedby=error_id.clone() />
                    <label class="tak-terlihat" for=unit_id.clone()>{move || format!("{} {no}", s().settings.unit_of)}</label>
                    <select id=unit_id.clone() on:change=move |ev| {
                        let unit = Unit::parse(&event_target_value(&ev));
                        edit(&|d| d.unit = unit)
                    }>
                        {unit_options}
                    </select>
                </div>
                <p class="galat" id=error_id.clone() aria-live="polite">{move || error.get()}</p>
            </td>
            <td>
                <Show
                    when=is_default
                    fallback=move || view! {
                        <span class="catatan">{default_text.clone()}</span>" "
                        <button type="button" class="tombol kecil"
                            on:click=move |_| { draft.update(|d| d.reset_step(no, base())); saved.set(false); }>
                            {move || format!("{} {no}", s().settings.reset_step)}
                        </button>
                    }
                >
                    <span class="catatan">{move || s().settings.is_default}</span>
                </Show>
            </td>
        </tr>
    }
}

/// Extra days off (`working = false`) or extra working days: a date field, an add button,
/// and the dates with a remove button each.
#[component]
fn DateList(draft: RwSignal<SettingsDraft>, saved: RwSignal<bool>, working: bool) -> impl IntoView {
    let app = App::use_app();
    let s = move || app.lang.get().strings();
    let typed = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<DateError>);
    let prefix = if working { "kerja" } else { "libur" };
    let input_id = format!("tanggal-{prefix}");
    let error_id = format!("tanggal-{prefix}-galat");
    let hint_id = format!("tanggal-{prefix}-petunjuk");
    let heading_id = format!("judul-tanggal-{prefix}");
    let title = move || {
        if working {
            s().settings.working_days
        } else {
            s().settings.days_off
        }
    };
    let hint = move || {
        if working {
            s().settings.working_days_hint
        } else {
            s().settings.days_off_hint
        }
    };
    let dates = move || {
        draft.with(|d| {
            let list = if working {
                &d.calendar.extra_working_days
            } else {
                &d.calendar.extra_days_off
            };
            list.iter().copied().collect::<Vec<_>>()
        })
    };
    let update = move |f: &dyn Fn(
        &mut std::collections::BTreeSet<chrono::NaiveDate>,
    ) -> Result<chrono::NaiveDate, DateError>| {
        let mut result = Err(DateError::Invalid);
        draft.update(|d| {
            let list = if working {
                &mut d.calendar.extra_working_days
            } else {
                &mut d.calendar.extra_days_off
            };
            result = f(list);
        });
        saved.set(false);
        result
    };
    let add = move |_| {
        let text = typed.get_untracked();
        match update(&|list| add_date(list, &text)) {
            Ok(_) => {
                problem.set(None);
                typed.set(String::new());
            }
            Err(e) => problem.set(Some(e)),
        }
    };
    // Listed holidays, to say which extra working day actually changes something.
    let listed = Calendar::standard();
    let items = move || {
        let lang = app.lang.get();
        dates()
            .into_iter()
            .map(|d| {
                let text = day_date(d, lang);
                let reason = working.then(|| match listed.day_off_reason(d) {
                    Some(r) if r != SATURDAY && r != SUNDAY => r.to_string(),
                    _ => s().settings.not_listed.to_string(),
                });
                view! {
                    <li>
                        <span>{text.clone()}</span>
                        {reason.map(|r| view! { <span class="catatan">" · "{r}</span> })}
                        " "
                        <button type="button" class="tombol kecil"
                            aria-label=format!("{} {text}", s().settings.remove)
                            on:click=move |_| { let _ = update(&|list| { list.remove(&d); Ok(d) }); }>
                            {s().settings.remove}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let message = move || {
        problem.get().map(|p| match p {
            DateError::Invalid => {
                crate::core::case::fields::Problem::InvalidDate.message(app.lang.get())
            }
            DateError::Duplicate => s().settings.duplicate.to_string(),
        })
    };
    view! {
        <fieldset class="daftar-tanggal" aria-labelledby=heading_id.clone()>
            <legend id=heading_id.clone()>{title}</legend>
            <p class="petunjuk" id=hint_id.clone()>{hint}</p>
            <Show
                when=move || !dates().is_empty()
                fallback=move || view! { <p class="catatan">{move || s().settings.no_dates}</p> }
            >
                <ul>{items.clone()}</ul>
            </Show>
            <div class="isian tambah-tanggal" class:ada-galat=move || problem.get().is_some()>
                <label for=input_id.clone()>{move || s().settings.new_date}</label>
                <div class="tombol-baris">
                    <input id=input_id.clone() type="date"
                        prop:value=move || typed.get()
                        on:input=move |ev| typed.set(event_target_value(&ev))
                        aria-invalid=move || problem.get().is_some().then_some("true")
                        aria-describedby=format!("{hint_id} {error_id}") />
                    <button type="button" class="tombol kecil" on:click=add>{move || s().settings.add}</button>
                </div>
                <p class="galat" id=error_id.clone() aria-live="polite">{message}</p>
            </div>
        </fieldset>
    }
}
