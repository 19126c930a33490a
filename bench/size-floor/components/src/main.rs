//! The counter plus ten small components (a validated form, a keyed list, `Show`s): what
//! each component of a view adds. Each crate here is built on its own, so the counter of
//! `counter/` is repeated, not shared.
use leptos::prelude::*;

#[component]
fn Counter() -> impl IntoView {
    let (count, set_count) = signal(0);
    view! {
        <button on:click=move |_| set_count.update(|n| *n += 1)>"+1"</button>
        <p>"Count: " {move || count.get()}</p>
    }
}

#[component]
fn Field(label: &'static str, value: RwSignal<String>, min_len: usize) -> impl IntoView {
    let error = move || {
        let v = value.get();
        if v.trim().is_empty() {
            Some(format!("{label} is required"))
        } else if v.chars().count() < min_len {
            Some(format!("{label} needs at least {min_len} characters"))
        } else {
            None
        }
    };
    view! {
        <label>
            {label}
            <input type="text" prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev)) />
        </label>
        <Show when=move || error().is_some()>
            <span class="error">{move || error().unwrap_or_default()}</span>
        </Show>
    }
}

#[derive(Clone, Debug, PartialEq)]
struct Row {
    id: u32,
    name: String,
    city: String,
    qty: u32,
}

#[component]
fn Form(rows: RwSignal<Vec<Row>>) -> impl IntoView {
    let name = RwSignal::new(String::new());
    let city = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let phone = RwSignal::new(String::new());
    let qty = RwSignal::new(String::new());
    let qty_ok = move || qty.get().parse::<u32>().is_ok();
    let email_ok = move || email.get().contains('@');
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Ok(q) = qty.get().parse::<u32>() {
            rows.update(|r| {
                let id = r.len() as u32 + 1;
                r.push(Row {
                    id,
                    name: name.get(),
                    city: city.get(),
                    qty: q,
                })
            });
        }
    };
    view! {
        <form on:submit=submit>
            <Field label="Name" value=name min_len=2 />
            <Field label="City" value=city min_len=3 />
            <Field label="Email" value=email min_len=5 />
            <Field label="Phone" value=phone min_len=6 />
            <Field label="Quantity" value=qty min_len=1 />
            <Show when=move || !email_ok()><span class="error">"Email needs an @"</span></Show>
            <Show when=move || !qty_ok()><span class="error">"Quantity must be a number"</span></Show>
            <button type="submit">"Add"</button>
        </form>
    }
}

#[component]
fn Table(rows: RwSignal<Vec<Row>>) -> impl IntoView {
    view! {
        <table>
            <thead><tr><th>"#"</th><th>"Name"</th><th>"City"</th><th>"Qty"</th></tr></thead>
            <tbody>
                {move || rows.get().into_iter().map(|r| view! {
                    <tr><td>{r.id}</td><td>{r.name}</td><td>{r.city}</td><td>{r.qty}</td></tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

#[component]
fn KeyedList(rows: RwSignal<Vec<Row>>) -> impl IntoView {
    view! {
        <ul>
            <For each=move || rows.get() key=|r| r.id let:r>
                <li>{r.name} " (" {r.qty} ")"</li>
            </For>
        </ul>
    }
}

#[component]
fn Summary(rows: RwSignal<Vec<Row>>) -> impl IntoView {
    let total = move || rows.with(|r| r.iter().map(|x| x.qty).sum::<u32>());
    view! {
        <Show when=move || !rows.with(|r| r.is_empty()) fallback=|| view! { <p>"No rows yet"</p> }>
            <p>"Rows: " {move || rows.with(|r| r.len())} ", total qty: " {total}</p>
        </Show>
    }
}

#[component]
fn Toggle() -> impl IntoView {
    let open = RwSignal::new(false);
    view! {
        <button on:click=move |_| open.update(|o| *o = !*o)>"Toggle details"</button>
        <Show when=move || open.get()>
            <div class="details">"Details shown"</div>
        </Show>
    }
}

#[component]
fn Filter(rows: RwSignal<Vec<Row>>) -> impl IntoView {
    let q = RwSignal::new(String::new());
    let matches = move || {
        let q = q.get().to_lowercase();
        rows.with(|r| {
            r.iter()
                .filter(|x| x.name.to_lowercase().contains(&q))
                .count()
        })
    };
    view! {
        <input placeholder="filter" prop:value=move || q.get() on:input=move |ev| q.set(event_target_value(&ev)) />
        <p>{matches} " matching rows"</p>
    }
}

#[component]
fn Clear(rows: RwSignal<Vec<Row>>) -> impl IntoView {
    view! { <button on:click=move |_| rows.set(Vec::new())>"Clear"</button> }
}

#[component]
fn Header(title: &'static str) -> impl IntoView {
    view! { <header><h1>{title}</h1><nav><a href="#a">"A"</a> " | " <a href="#b">"B"</a></nav></header> }
}

#[component]
fn App() -> impl IntoView {
    let rows = RwSignal::new(vec![
        Row {
            id: 1,
            name: "Alpha".into(),
            city: "Pontianak".into(),
            qty: 3,
        },
        Row {
            id: 2,
            name: "Beta".into(),
            city: "Singkawang".into(),
            qty: 5,
        },
    ]);
    view! {
        <Header title="Baseline B2" />
        <Counter />
        <Form rows=rows />
        <Filter rows=rows />
        <Table rows=rows />
        <KeyedList rows=rows />
        <Summary rows=rows />
        <Toggle />
        <Clear rows=rows />
    }
}

fn main() {
    leptos::mount::mount_to_body(App);
}
