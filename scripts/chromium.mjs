// The browser the end-to-end tests and the benchmark run: Debian's Chromium (SOPIR_CHROMIUM),
// with its background connections off (this machine's closed network refuses them), and
// the locale and time zone of an office in Kalimantan Barat.
export const CHROMIUM = {
  executablePath: process.env.SOPIR_CHROMIUM ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export const CONTEXT = { locale: "id-ID", timezoneId: "Asia/Pontianak" };
