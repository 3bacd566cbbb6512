/** "Chrome on Windows" from a User-Agent: enough to recognise a device, no version numbers. */
export function describeDevice(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const browser = [
    [/Edg\//, "Edge"],
    [/OPR\//, "Opera"],
    [/Firefox\//, "Firefox"],
    [/Chrom(e|ium)\//, "Chrome"],
    [/Safari\//, "Safari"],
  ] as const satisfies ReadonlyArray<readonly [RegExp, string]>;
  const system = [
    [/Android/, "Android"],
    [/iPhone|iPad|iPod/, "iOS"],
    [/Windows/, "Windows"],
    [/Mac OS X|Macintosh/, "macOS"],
    [/CrOS/, "ChromeOS"],
    [/Linux/, "Linux"],
  ] as const satisfies ReadonlyArray<readonly [RegExp, string]>;
  const name = browser.find(([pattern]) => pattern.test(userAgent))?.[1];
  const os = system.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (name && os) return `${name} · ${os}`;
  return name ?? os ?? null;
}
