//! Browser entry point: mounts the app. Everything else lives in the library.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(sopir::ui::App);
    let _ = leptos::prelude::window()
        .performance()
        .map(|p| p.mark("sopir-siap"));
}
