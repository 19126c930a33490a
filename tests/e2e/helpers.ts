// Shared steps of the browser tests: act as a role, create a case, complete the SOP's steps
// through the real forms, the way an office worker would.
import { expect, type Page } from "@playwright/test";

// The moves the benchmark makes too live in office.mjs.
import { actAs, createCase, currentStep, fillStep, ROLE, STEP_ROLE } from "./office.mjs";
export { actAs, createCase, currentStep, fillStep, ROLE, STEP_ROLE };

export interface Company {
  company: string;
  nib: string;
  kbli?: string;
}

export interface Choices {
  inspection: boolean;
  ready: boolean;
  returnOnce?: boolean;
}

/** Completes the current step as its role; returns the step completed. */
export async function completeStep(page: Page, choices: Choices, returned = false): Promise<number> {
  const step = (await currentStep(page))!;
  await actAs(page, STEP_ROLE[step as keyof typeof STEP_ROLE]);
  await fillStep(page, step, choices, returned);
  await page.getByRole("button", { name: `Selesaikan langkah ${step}` }).click();
  // Accepted: the panel moves to another step. Refused: a message says why.
  await expect
    .poll(async () => (await currentStep(page)) !== step || (await refusal(page)) !== "")
    .toBeTruthy();
  const message = await refusal(page);
  if (message) throw new Error(`step ${step} was refused: ${message}`);
  return step;
}

/** Walks the case until it is finished or waits at `until`. Returns the steps done. */
export async function walk(page: Page, choices: Choices, until?: number): Promise<number[]> {
  const done: number[] = [];
  let returned = false;
  for (let guard = 0; guard < 40; guard++) {
    const step = await currentStep(page);
    if (step === null || step === until) break;
    await completeStep(page, choices, returned);
    if (step === 13 && choices.returnOnce && !returned) returned = true;
    done.push(step);
  }
  return done;
}

/** The refusal shown under the step's form, if any. */
export async function refusal(page: Page): Promise<string> {
  const box = page.locator(".form-langkah .pesan-galat");
  return (await box.count()) ? (await box.innerText()).trim() : "";
}
