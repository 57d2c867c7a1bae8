export {
  type BatchInputLine,
  type BatchLineReply,
  type BatchOutcome,
  type BatchStatus,
  createFakeBatches,
  type FakeBatch,
  type FakeBatches,
  type FakeBatchesOptions,
  type FakeFile,
  OPENAI_MAX_BATCH_FILE_BYTES,
  OPENAI_MAX_REQUESTS_PER_BATCH,
} from './fake-batches.js';
export {
  type FakeComment,
  type FakeFault,
  type FakeGitHub,
  type FakeGitHubOptions,
  type FakePullFile,
  type FakeToken,
  startFakeGitHub,
} from './fake-github.js';
export {
  type ChatReply,
  type ChatScript,
  chatMessages,
  chatModel,
  completion,
  type FakeOpenAI,
  type FakeOpenAIOptions,
  type SentMessage,
  startFakeOpenAI,
} from './fake-openai.js';
export { type Handler, type LocalServer, type RecordedRequest, sendJson, startLocalServer } from './http.js';
