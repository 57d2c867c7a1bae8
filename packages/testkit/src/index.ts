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
