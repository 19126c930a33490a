//! Property tests of the case state machine: random command sequences, by random roles,
//! at random times, never leave the case outside the SOP; refusals change nothing; the
//! fold is deterministic and a replay equals the live state.

mod seed;
mod support;

use chrono::Duration;
use proptest::prelude::*;
use sopir::core::case::step_data::StepData;
use sopir::core::case::{Case, Command, EventId, Position};
use sopir::core::sample::{self, Choices};
use sopir::core::sop::{Shape, Sop, StepNo};
use support::*;

#[derive(Clone, Debug)]
enum Move {
    /// The sample command of the current step, as the right role or a random one.
    Next {
        right_role: bool,
        role: usize,
        choices: (bool, bool, bool),
    },
    /// Sample data of step `step`'s form, claimed for that step.
    Other { step: StepNo, role: usize },
    /// The current step with data made invalid.
    Broken { role: usize },
    /// A conflict resolution where there is none.
    Resolve { role: usize },
}

fn moves() -> impl Strategy<Value = Vec<(Move, u8)>> {
    let one = prop_oneof![
        6 => (any::<bool>(), 0..8usize, any::<(bool, bool, bool)>())
            .prop_map(|(right_role, role, choices)| Move::Next { right_role, role, choices }),
        2 => (1..=21u8, 0..8usize).prop_map(|(step, role)| Move::Other { step, role }),
        1 => (0..8usize).prop_map(|role| Move::Broken { role }),
        1 => (0..8usize).prop_map(|role| Move::Resolve { role }),
    ];
    // Hours to wait before each move; occasionally weeks, so the 3-month deadline passes.
    let wait = prop_oneof![9 => 0..48u8, 1 => 200..=255u8];
    prop::collection::vec((one, wait), 1..120)
}

/// Every consecutive pair of steps on the path is a transition the SOP allows.
fn path_follows_sop(sop: &Sop, case: &Case) -> Result<(), String> {
    let state = case.state();
    let mut expected = Position::At(1);
    for entry in &state.path {
        if expected != Position::At(entry.step) {
            return Err(format!("step {} done while at {expected:?}", entry.step));
        }
        let step = sop.step(entry.step).unwrap();
        expected = match (step.shape, entry.branch) {
            (Shape::End, _) => {
                let round = &state.rounds[entry.round as usize - 1];
                match (&step.restart, round.outcome) {
                    (Some(r), Some(o)) if r.when == o.key() => Position::At(r.to),
                    _ => Position::Finished,
                }
            }
            (_, Some(key)) => Position::At(step.branch(key).unwrap().to),
            _ => Position::At(step.next.unwrap()),
        };
    }
    if expected != state.position {
        return Err(format!(
            "path ends at {expected:?}, state says {:?}",
            state.position
        ));
    }
    Ok(())
}

fn command_for(h: &Harness, mv: &Move) -> Option<(usize, Command)> {
    let sop = sop();
    let role_of = |no: StepNo| {
        let roles = roles();
        let right = sop.roles_for(sop.step(no).unwrap()).pop().unwrap();
        roles.iter().position(|r| *r == right).unwrap()
    };
    let current = h.case.state().current_step();
    match mv {
        Move::Next {
            right_role,
            role,
            choices: (a, b, c),
        } => {
            let no = current?;
            let choices = Choices {
                inspection: *a,
                ready: *b,
                return_once: *c,
            };
            let (_, command) = sample::next_command(sop, &h.case, h.today(), choices)?;
            Some((if *right_role { role_of(no) } else { *role }, command))
        }
        Move::Other { step, role } => {
            let form = sop
                .step(*step)
                .map(|s| s.form)
                .unwrap_or(sop.step(1).unwrap().form);
            let data = sample::step_data(h.case.state(), form, h.today(), Choices::default());
            Some((*role, Command::Complete { step: *step, data }))
        }
        Move::Broken { role } => {
            let no = current?;
            let data = StepData::DocumentCheck {
                findings: String::new(),
            };
            let data = match sop.step(no).unwrap().form {
                sopir::core::sop::FormKind::DocumentCheck => data,
                _ => StepData::Signature {
                    signed_on: h.today() + Duration::days(400),
                },
            };
            Some((*role, Command::Complete { step: no, data }))
        }
        Move::Resolve { role } => Some((
            *role,
            Command::ResolveConflict {
                round: 1,
                step: current.unwrap_or(1),
                keep: EventId::from("e-1"),
                reason: "uji".into(),
            },
        )),
    }
}

proptest! {
    #![proptest_config(seed::config(400))]

    #[test]
    fn random_commands_keep_the_case_inside_the_sop(moves in moves(), seed in any::<u64>()) {
        let sop = sop();
        let roles = roles();
        let mut h = Harness::new();
        for (mv, wait) in &moves {
            h.now += Duration::hours(i64::from(*wait));
            let Some((role, command)) = command_for(&h, mv) else { continue };
            let before = h.case.clone();
            match h.act(&roles[role], command) {
                Err(_) => {
                    prop_assert!(h.case == before, "a refused command changed the events");
                    prop_assert_eq!(h.case.state(), before.state());
                }
                Ok(()) => {
                    prop_assert_eq!(h.case.events().len(), before.events().len() + 1);
                    if let Position::At(no) = h.case.state().position {
                        prop_assert!(sop.reachable_from(1).contains(&no));
                    }
                }
            }
            prop_assert!(path_follows_sop(sop, &h.case).is_ok(), "{:?}", path_follows_sop(sop, &h.case));
        }
        // Replaying the events, in any order, gives the live state; folding is deterministic.
        let mut events = h.case.events().to_vec();
        let n = events.len();
        for i in 0..n {
            let j = (seed.wrapping_mul(6364136223846793005).wrapping_add(i as u64) % n as u64) as usize;
            events.swap(i, j);
        }
        let replayed = Case::from_events(sop, events.clone()).unwrap();
        let again = Case::from_events(sop, events).unwrap();
        prop_assert_eq!(replayed.state(), h.case.state());
        prop_assert_eq!(replayed.events(), h.case.events());
        prop_assert_eq!(again.state(), replayed.state());
    }
}
