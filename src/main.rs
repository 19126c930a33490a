//! Browser entry point: mounts the app. Everything else lives in the library.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(sopir::ui::App);
    // Ready: the mark for measurements, the event for sw-register.js, which registers the
    // service worker only now so that its install does not slow the start.
    let window = leptos::prelude::window();
    let _ = window.performance().map(|p| p.mark("sopir-siap"));
    if let Ok(ready) = leptos::web_sys::CustomEvent::new("sopir:siap") {
        let _ = window.dispatch_event(&ready);
    }
}
