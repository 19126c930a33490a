//! A form left open while the case moved on in another tab or through an imported file:
//! the case says which step was completed, by whom and when.

mod support;

use sopir::core::case::{Overtaken, Position, Seen};
use sopir::core::sample::Choices;
use support::*;

const PLAIN: Choices = Choices {
    inspection: true,
    ready: true,
    return_once: false,
};

#[test]
fn a_step_completed_since_the_form_opened_names_who_and_when() {
    let mut h = Harness::new();
    h.walk_to(6, PLAIN);
    let seen = Seen::of(h.case.state());
    assert_eq!(h.case.overtaken(&seen), None, "nothing happened yet");
    h.step(PLAIN).unwrap();
    let entry = h.case.state().path.last().unwrap().clone();
    match h.case.overtaken(&seen) {
        Some(Overtaken::Completed {
            step,
            round,
            author,
            at,
            office,
            now,
        }) => {
            assert_eq!((step, round), (6, 1));
            assert_eq!(author, entry.author);
            assert_eq!(author.role, role("kabid"));
            assert_eq!(at, entry.at);
            assert_eq!(office.as_str(), "kantor-a");
            assert_eq!(now, Position::At(7));
        }
        other => panic!("{other:?}"),
    }
    // Further steps do not change who completed step 6.
    h.step(PLAIN).unwrap();
    let later = h.case.overtaken(&seen).unwrap();
    assert_eq!(later.step(), 6);
    assert_eq!(later.now(), Position::At(8));
    assert!(matches!(later, Overtaken::Completed { author, .. } if author == entry.author));
}

#[test]
fn a_step_redone_after_a_return_is_told_apart_from_its_first_time() {
    let choices = Choices {
        return_once: true,
        ..PLAIN
    };
    let mut h = Harness::new();
    h.walk_to(13, choices);
    h.step(choices).unwrap(); // returned to step 12
    assert_eq!(h.case.state().position, Position::At(12));
    let seen = Seen::of(h.case.state());
    assert_eq!(
        h.case.overtaken(&seen),
        None,
        "step 12 done once before is not news"
    );
    h.now += chrono::Duration::hours(2);
    h.step(choices).unwrap();
    let at = h.case.state().path.last().unwrap().at;
    assert!(matches!(
        h.case.overtaken(&seen),
        Some(Overtaken::Completed { step: 12, at: t, .. }) if t == at
    ));
}

#[test]
fn a_finished_case_overtakes_nothing() {
    let mut h = Harness::new();
    h.walk_to_end(PLAIN);
    let seen = Seen::of(h.case.state());
    assert_eq!(h.case.overtaken(&seen), None);
}
