//! Form controls bound to a draft (values by field key) with the field's error shown next
//! to it. Every control has a visible label; errors are announced (`aria-invalid`,
//! `aria-describedby`) and the first one gets the focus.

use leptos::prelude::*;

use crate::app::forms::draft::Draft;
use crate::core::case::fields::FieldError;
use crate::i18n::{field_label, Lang};

/// A form's draft and the errors of its last submit.
#[derive(Clone, Copy)]
pub struct FormState {
    pub draft: RwSignal<Draft>,
    pub errors: RwSignal<Vec<FieldError>>,
    pub lang: Signal<Lang>,
    /// The person typed or chose something (`set`); a value the app suggests (`suggest`)
    /// does not count. A form with typed input is never replaced behind the person's back.
    pub touched: RwSignal<bool>,
    /// Put before its fields' element ids, for a second form of the same fields on a page
    /// (a correction beside the current step's form).
    pub scope: &'static str,
}

impl FormState {
    pub fn new(draft: Draft, lang: Signal<Lang>) -> FormState {
        FormState::scoped(draft, lang, "")
    }

    pub fn scoped(draft: Draft, lang: Signal<Lang>, scope: &'static str) -> FormState {
        FormState {
            draft: RwSignal::new(draft),
            errors: RwSignal::new(Vec::new()),
            lang,
            touched: RwSignal::new(false),
            scope,
        }
    }

    /// The element id of a field of this form.
    pub fn id(&self, key: &str) -> String {
        format!("{}{}", self.scope, field_id(key))
    }

    pub fn value(&self, key: &str) -> String {
        self.draft.with(|d| d.get(key).cloned().unwrap_or_default())
    }

    /// The value without subscribing to changes (for effects that write the draft).
    pub fn value_untracked(&self, key: &str) -> String {
        self.draft
            .with_untracked(|d| d.get(key).cloned().unwrap_or_default())
    }

    /// A value the person entered.
    pub fn set(&self, key: &str, value: String) {
        self.suggest(key, value);
        if !self.touched.get_untracked() {
            self.touched.set(true);
        }
    }

    /// A value the app puts in (e.g. the next free agenda number): not the person's input.
    pub fn suggest(&self, key: &str, value: String) {
        self.draft.update(|d| {
            d.insert(key.to_string(), value);
        });
    }

    /// The number of rows of a list (`<list>.#`).
    pub fn count(&self, list: &str) -> usize {
        self.value(&format!("{list}.#")).parse().unwrap_or(0)
    }

    pub fn set_count(&self, list: &str, n: usize) {
        self.set(&format!("{list}.#"), n.to_string());
    }

    pub fn error(&self, key: &str) -> Option<String> {
        let lang = self.lang.get();
        self.errors.with(|errors| {
            errors
                .iter()
                .find(|e| e.field == key)
                .map(|e| e.problem.message(lang))
        })
    }

    /// Shows the errors and moves the focus to the first field that has one.
    pub fn show_errors(&self, errors: Vec<FieldError>) {
        let ids: Vec<String> = errors.iter().map(|e| self.id(&e.field)).collect();
        self.errors.set(errors);
        // Focus the first field with an error in page order (the fields are on the page
        // already; only their error state changes).
        let Ok(fields) = document().query_selector_all(&format!("[id^='{}f-']", self.scope)) else {
            return;
        };
        for i in 0..fields.length() {
            let Some(el) = fields.item(i) else { continue };
            let Ok(el) = wasm_bindgen::JsCast::dyn_into::<leptos::web_sys::HtmlElement>(el) else {
                continue;
            };
            if ids.contains(&el.id()) {
                let _ = el.focus();
                return;
            }
        }
    }
}

/// The element id of a field key (`bap.kbli` -> `f-bap-kbli`).
pub fn field_id(key: &str) -> String {
    format!("f-{}", key.replace('.', "-").replace('#', "n"))
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Line,
    Text,
    Date,
    Number,
}

/// A labelled input or textarea.
#[component]
pub fn Field(
    form: FormState,
    #[prop(into)] key: String,
    #[prop(default = Kind::Line)] kind: Kind,
    #[prop(optional, into)] hint: Option<String>,
) -> impl IntoView {
    let id = form.id(&key);
    let error_id = format!("{id}-galat");
    let label_key = key.clone();
    let label = move || field_label(&label_key, form.lang.get());
    let k1 = key.clone();
    let k2 = key.clone();
    let k3 = key.clone();
    let value = move || form.value(&k1);
    let error = Signal::derive(move || form.error(&k2));
    let on_input = move |ev| form.set(&k3, event_target_value(&ev));
    let control = match kind {
        Kind::Text => view! {
            <textarea id=id.clone() rows="3" prop:value=value on:input=on_input
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=error_id.clone()></textarea>
        }
        .into_any(),
        _ => view! {
            <input id=id.clone()
                type=if kind == Kind::Date { "date" } else { "text" }
                inputmode=if kind == Kind::Number { Some("decimal") } else { None }
                prop:value=value on:input=on_input
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=error_id.clone() />
        }
        .into_any(),
    };
    view! {
        <div class="isian" class:ada-galat=move || error.get().is_some()>
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <small class="petunjuk">{h}</small> })}
            {control}
            <p class="galat" id=error_id.clone() aria-live="polite">{move || error.get()}</p>
        </div>
    }
}

/// A group of radio buttons (one of `options`: (value, label)).
#[component]
pub fn Choice(
    form: FormState,
    #[prop(into)] key: String,
    options: Vec<(&'static str, String)>,
) -> impl IntoView {
    let id = form.id(&key);
    let error_id = format!("{id}-galat");
    let label_key = key.clone();
    let k2 = key.clone();
    let error = Signal::derive(move || form.error(&k2));
    let buttons = options
        .into_iter()
        .enumerate()
        .map(|(i, (value, label))| {
            let k = key.clone();
            let k_checked = key.clone();
            let input_id = if i == 0 {
                id.clone()
            } else {
                format!("{id}-{i}")
            };
            view! {
                <label class="pilihan">
                    <input type="radio" id=input_id name=id.clone() value=value
                        prop:checked=move || form.value(&k_checked) == value
                        on:change=move |_| form.set(&k, value.to_string()) />
                    {label}
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="isian pilihan-grup" class:ada-galat=move || error.get().is_some() aria-describedby=error_id.clone()>
            <legend>{move || field_label(&label_key, form.lang.get())}</legend>
            {buttons}
            <p class="galat" id=error_id.clone() aria-live="polite">{move || error.get()}</p>
        </fieldset>
    }
}

/// A `<select>` with a placeholder.
#[component]
pub fn Select(
    form: FormState,
    #[prop(into)] key: String,
    options: Vec<String>,
    #[prop(into)] placeholder: String,
) -> impl IntoView {
    let id = form.id(&key);
    let error_id = format!("{id}-galat");
    let label_key = key.clone();
    let k1 = key.clone();
    let k2 = key.clone();
    let k3 = key.clone();
    let error = Signal::derive(move || form.error(&k2));
    view! {
        <div class="isian" class:ada-galat=move || error.get().is_some()>
            <label for=id.clone()>{move || field_label(&label_key, form.lang.get())}</label>
            <select id=id.clone() on:change=move |ev| form.set(&k3, event_target_value(&ev))
                aria-invalid=move || error.get().is_some().then_some("true") aria-describedby=error_id.clone()>
                <option value="" selected=move || form.value(&k1).is_empty()>{placeholder}</option>
                {options.into_iter().map(|o| {
                    let k = key.clone();
                    let selected = o.clone();
                    view! { <option value=o.clone() selected=move || form.value(&k) == selected>{o.clone()}</option> }
                }).collect_view()}
            </select>
            <p class="galat" id=error_id.clone() aria-live="polite">{move || error.get()}</p>
        </div>
    }
}
