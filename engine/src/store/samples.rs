//! Sample cases walked through the SOP with sample data: the training mode's reset, the
//! store's tests and its capacity benchmark use them.

use chrono::{DateTime, Duration, Utc};

use crate::core::calendar::wib_date;
use crate::core::case::{Author, Case, CaseId, Ctx, EventId, OfficeId};
use crate::core::ids::IdSource;
use crate::core::sample::{self, Choices};
use crate::core::sop::{ActorId, Sop};

/// The person recording as `role` in samples.
pub fn person(role: &ActorId) -> String {
    match role.as_str() {
        "operator" => "Nur Aini",
        "kasi" => "Yusuf Hamdani, S.T.",
        "kabid" => "Dra. Ratna Sari",
        "tim_teknis" => "Ir. Dedi Kurniawan",
        "kadis" => "H. Syarif Abdullah, M.Si.",
        _ => "Nur Aini",
    }
    .to_string()
}

/// Case number `n` (its company comes from `sample::identity(n)`), opened at `opened`
/// by the Operator of `office` and walked `steps` steps (`None`: to the end). Steps are
/// 2 to 5 hours apart, at millisecond times drawn from the event ids, as real clicks are.
pub fn walked_case(
    sop: &Sop,
    n: u32,
    ids: &mut dyn IdSource,
    office: &OfficeId,
    opened: DateTime<Utc>,
    choices: Choices,
    steps: Option<usize>,
) -> Case {
    let operator = ActorId::new("operator");
    let mut ctx = Ctx {
        event_id: EventId(ids.new_id()),
        office: office.clone(),
        seq: 1,
        at: opened,
        author: Author {
            name: person(&operator),
            role: operator,
        },
    };
    let mut case = Case::open(sop, CaseId(ids.new_id()), sample::identity(n), &ctx)
        .expect("sample identities are valid");
    let mut done = 0;
    while steps.is_none_or(|s| done < s) {
        let event_id = EventId(ids.new_id());
        let jitter = u32::from_str_radix(&event_id.0[..8], 16).unwrap_or(0) % (3 * 3600 * 1000);
        let at = ctx.at + Duration::hours(2) + Duration::milliseconds(i64::from(jitter));
        let Some((role, command)) = sample::next_command(sop, &case, wib_date(at), choices) else {
            break;
        };
        ctx = Ctx {
            event_id,
            office: office.clone(),
            seq: ctx.seq + 1,
            at,
            author: Author {
                name: person(&role),
                role,
            },
        };
        case.execute(sop, command, &ctx)
            .unwrap_or_else(|e| panic!("sample step refused: {e}"));
        done += 1;
    }
    case
}

/// The training mode's sample cases, made from the SOP relative to `now`: one waiting at
/// every step, one overdue for its inspection, one returned at step 13, one whose BAP had
/// an item "tidak siap" (now in its second round), one effective, and one batal.
pub fn training_cases(
    sop: &Sop,
    now: DateTime<Utc>,
    ids: &mut dyn IdSource,
    office: &OfficeId,
) -> Vec<Case> {
    let with = Choices::default();
    let without = Choices {
        inspection: false,
        ..with
    };
    // A walk of k steps takes at most 5 hours a step: start early enough to end before now.
    let ending_before_now =
        |steps: i64, margin_hours: i64| now - Duration::hours(5 * steps + margin_hours);
    let mut cases = Vec::new();
    let mut n = 0;
    let mut next = |cases: &mut Vec<Case>, opened, choices, steps: Option<usize>| {
        cases.push(walked_case(sop, n, ids, office, opened, choices, steps));
        n += 1;
    };
    for step in 1..=sop.steps().len() as i64 {
        // Some of the later ones took the branch without field inspection (one step fewer).
        let (choices, walked) = if step >= 12 && step % 2 == 1 {
            (without, step - 2)
        } else {
            (with, step - 1)
        };
        next(
            &mut cases,
            ending_before_now(walked, 1),
            choices,
            Some(walked as usize),
        );
    }
    // Overdue: the SIINAS request was a month ago and the inspection is still to be done.
    next(&mut cases, now - Duration::days(30), with, Some(8));
    // Returned at step 13 for correction: waits at step 12 again.
    next(
        &mut cases,
        ending_before_now(13, 2),
        Choices {
            return_once: true,
            ..with
        },
        Some(13),
    );
    // Trial production "tidak siap": round 1 ended not effective; round 2 waits at step 2.
    next(
        &mut cases,
        ending_before_now(20, 6),
        Choices {
            ready: false,
            ..with
        },
        Some(20),
    );
    // Effective.
    next(&mut cases, ending_before_now(20, 48), with, None);
    // Batal: the IP is four months old and the commitments were never met.
    next(&mut cases, now - Duration::days(120), with, Some(6));
    cases
}
