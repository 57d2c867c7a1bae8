import { resolve } from 'node:path';
import { batchPrice, estimateCost, priceFor } from '../cost.js';
import { displayPath } from '../rewrite/find-seeds.js';
import { articlePathFor, blankResult, prepareSeed } from '../rewrite/prepare-seed.js';
import type { BatchSummary, RewriteReport, SeedResult } from '../rewrite/types.js';
import { apiFailure } from './batch-api.js';
import { collectBatches } from './collect-batches.js';
import {
  applyReply,
  finishSeed,
  newSeedState,
  nextRequest,
  type SeedJob,
  seedJob,
  stateFits,
} from './seed-job.js';
import { type BatchRecord, loadState, saveState } from './state.js';
import { createBatch, type DueRequest, submitRequests } from './submit-requests.js';
import type { BatchRun } from './types.js';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * `plume rewrite --batch`: the synchronous pipeline's stages (same seeds, prompts, budgets,
 * judgement and repairs), with each round's requests sent as provider batches instead of one
 * request at a time. Every step that costs money is recorded in the state file first, so an
 * interrupted run picks up its batches; `wait: false` submits what is due and returns.
 */
export async function runBatchRewrite(run: BatchRun, apiKey: string | undefined): Promise<RewriteReport> {
  const results: Array<SeedResult | undefined> = new Array(run.seeds.length);
  const jobs: SeedJob[] = [];
  const claimed = new Map<string, string>();
  const statePath = run.statePath;
  const state = await loadState(statePath, displayPath(run.baseDir, statePath));
  const save = () => saveState(statePath, state);
  const progress = (message: string) => run.onProgress?.(message);

  for (const [index, file] of run.seeds.entries()) {
    try {
      const prepared = await prepareSeed(file, run, claimed);
      if ('done' in prepared) {
        results[index] = prepared.done;
        // An article that is up to date needs nothing the state remembers (unless a request is in flight).
        const saved = state.seeds[file.displayPath];
        if (prepared.done.status === 'skipped-unchanged' && saved && saved.pending === null) {
          delete state.seeds[file.displayPath];
        }
        continue;
      }
      const saved = state.seeds[file.displayPath];
      const seedState = stateFits(saved, prepared.ready, run.model)
        ? saved
        : newSeedState(prepared.ready, run.model, run.profile, run.maxOutputTokens);
      state.seeds[file.displayPath] = seedState;
      jobs.push(seedJob(index, prepared.ready, seedState));
    } catch (error) {
      const article = displayPath(run.baseDir, resolve(run.outDir, articlePathFor(file.absolutePath, '.')));
      results[index] = {
        ...blankResult(file.displayPath, article),
        // The message, not the stack: reports and PR comments are read by writers.
        error: `${file.displayPath}: internal error: ${String(error)}`,
      };
    }
  }

  // A request the state says is in flight but no open batch holds (a damaged or hand-edited
  // state) would wait forever: it is sent again.
  for (const job of jobs) {
    const pending = job.state.pending;
    if (pending !== null && !state.batches.some((r) => !r.collected && r.requests[pending] !== undefined)) {
      job.state.pending = null;
    }
  }

  /** Seeds that wait for the next run, and why (a batch expired, an upload failed...). */
  const deferred = new Map<SeedJob, string>();
  /** The batches this run created or looked at, for the report. */
  const touched = new Map<string, BatchRecord>();
  const unreachable = new Map<string, string>();
  const tools = {
    lint: run.lint,
    fix: run.fix,
    model: run.model,
    maxRepairs: run.maxRepairs,
    fixedBudget: run.maxOutputTokens !== undefined,
    secrets: [apiKey],
  };
  let finished = 0;
  const finish = async (job: SeedJob) => {
    const result = await finishSeed(job);
    results[job.index] = result;
    delete state.seeds[job.prepared.file.displayPath];
    run.onResult?.(result, ++finished, jobs.length);
  };
  const open = () => jobs.filter((j) => results[j.index] === undefined && !deferred.has(j));

  for (let poll = 0; ; poll++) {
    if (poll > 0) await (run.sleep ?? sleep)(run.pollMs);

    for (const record of state.batches) if (!record.collected && record.id) touched.set(record.id, record);
    const collected = await collectBatches(
      state,
      run.api,
      apiKey,
      save,
      progress,
      new Set(unreachable.keys()),
    );
    for (const [id, reason] of collected.unreachable) unreachable.set(id, reason);

    // Judge what came back, as the synchronous loop does after each reply.
    for (const job of open()) {
      const reply = job.state.reply;
      if (!reply) continue;
      job.state.reply = null;
      const next = await applyReply(job, reply, tools);
      if (next === 'finished') await finish(job);
      else if (next === 'resend')
        deferred.set(job, `${reply.ok ? '' : reply.reason}; it is sent again on the next run`);
    }
    await save();

    // Files an earlier run uploaded but did not get to see as batches: found or created, once
    // per run, before anything new is uploaded.
    for (const record of poll === 0 ? state.batches.filter((r) => r.id === null && !r.collected) : []) {
      try {
        // Interrupted between the create request and saving its answer: the batch may exist.
        const found = await run.api.findByInputFile(record.inputFileId);
        if (found) {
          record.id = found.id;
          record.status = found.status;
          await save();
          progress(`found batch ${record.id} (round ${record.round}), created before the interruption`);
          continue;
        }
        await createBatch(record, run.api, save);
        progress(`submitted batch ${record.id} (round ${record.round}) from the file uploaded earlier`);
      } catch (error) {
        const reason = `creating the batch from ${record.inputFileId} failed: ${apiFailure(error, apiKey)}`;
        for (const job of open())
          if (job.state.pending && record.requests[job.state.pending]) deferred.set(job, reason);
      }
    }

    const due: DueRequest[] = [];
    for (const job of open()) {
      if (job.state.pending !== null || job.state.reply !== null) continue;
      const next = nextRequest(job, run.model, run.profile);
      if ('problem' in next) {
        job.state.lastFailure = next.problem;
        await finish(job);
        continue;
      }
      due.push({ job, ...next });
    }
    if (due.length > 0) {
      const submitted = await submitRequests(due, {
        state,
        api: run.api,
        model: run.model,
        profile: run.profile,
        limits: run.limits,
        apiKey,
        save,
        progress,
      });
      for (const [job, reason] of submitted.failed) deferred.set(job, reason);
      for (const record of state.batches) if (!record.collected && record.id) touched.set(record.id, record);
    }

    const waiting = state.batches.some((r) => !r.collected && r.id !== null && !unreachable.has(r.id));
    if (!waiting || !run.wait) break;
  }

  // Seeds still in a batch: submitted (--no-wait), or their batch could not be reached this time.
  for (const job of jobs) {
    if (results[job.index] !== undefined) continue;
    const base = { ...job.prepared.result, attempts: job.state.attempts, usage: { ...job.state.usage } };
    const record = state.batches.find((r) => job.state.pending !== null && r.requests[job.state.pending]);
    const reason =
      deferred.get(job) ??
      (record?.id && unreachable.has(record.id)
        ? `batch ${record.id} could not be checked: ${unreachable.get(record.id)}; the next run collects it`
        : undefined);
    results[job.index] = reason
      ? { ...base, status: 'failed', error: `${job.prepared.file.displayPath}: ${reason}` }
      : {
          ...base,
          status: 'submitted',
          batch: record?.id ? { id: record.id, status: record.status } : undefined,
        };
  }

  state.batches = state.batches.filter((r) => !r.collected);
  await save();

  const seeds = results.map((r, i) => r ?? blankResult(run.seeds[i]?.displayPath ?? '', ''));
  const price = batchPrice(priceFor(run.model, run.prices));
  const usage = seeds.reduce(
    (sum, s) => ({
      promptTokens: sum.promptTokens + s.usage.promptTokens,
      completionTokens: sum.completionTokens + s.usage.completionTokens,
    }),
    { promptTokens: 0, completionTokens: 0 },
  );
  const summary: BatchSummary = {
    batches: [...touched.values()].map((r) => ({
      id: r.id ?? '',
      round: r.round,
      status: r.status,
      requests: Object.keys(r.requests).length,
    })),
    costUsd: estimateCost(price, usage),
  };
  return { version: 1, model: run.model, seeds, batch: summary };
}
