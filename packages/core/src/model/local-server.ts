import { BlockList, isIP } from 'node:net';

/** Loopback, private (RFC 1918, CGNAT as Tailscale uses it), link-local and unique-local ranges. */
const PRIVATE = new BlockList();
PRIVATE.addSubnet('127.0.0.0', 8, 'ipv4');
PRIVATE.addSubnet('10.0.0.0', 8, 'ipv4');
PRIVATE.addSubnet('172.16.0.0', 12, 'ipv4');
PRIVATE.addSubnet('192.168.0.0', 16, 'ipv4');
PRIVATE.addSubnet('169.254.0.0', 16, 'ipv4');
PRIVATE.addSubnet('100.64.0.0', 10, 'ipv4');
PRIVATE.addAddress('::1', 'ipv6');
PRIVATE.addSubnet('fc00::', 7, 'ipv6');
PRIVATE.addSubnet('fe80::', 10, 'ipv6');

/**
 * Whether the base URL points at this machine or its network, where Ollama, llama.cpp, LM Studio
 * and vLLM run: such a server needs no key, may serve a single model, and usually generates one
 * reply at a time. A name that resolves to a private address elsewhere (a company gateway) is not
 * guessed: `rewrite.localServer` states it.
 */
export function isLocalBaseURL(baseURL: string | undefined): boolean {
  if (baseURL === undefined || !URL.canParse(baseURL)) return false;
  const host = new URL(baseURL).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host === 'host.docker.internal') return true;
  const version = isIP(host);
  if (version === 0) return false;
  return PRIVATE.check(host, version === 4 ? 'ipv4' : 'ipv6');
}
