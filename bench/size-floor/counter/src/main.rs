//! The size floor's first step: Leptos CSR with one signal and one button.
use leptos::prelude::*;

#[component]
fn Counter() -> impl IntoView {
    let (count, set_count) = signal(0);
    view! {
        <button on:click=move |_| set_count.update(|n| *n += 1)>"+1"</button>
        <p>"Count: " {move || count.get()}</p>
    }
}

fn main() {
    leptos::mount::mount_to_body(Counter);
}
