self.sopirWasm = ((load) => WebAssembly.compileStreaming?.(load()).catch(load))(__LOAD__);
self.sopirLoadFailed = (error) => {
  const show = () => {
    const box = document.getElementById("memuat");
    box?.setAttribute("role", "alert");
    box?.replaceChildren(__MESSAGE__);
  };
  if (document.readyState === "loading") addEventListener("DOMContentLoaded", show, { once: true });
  else show();
  if (error) throw error;
};
addEventListener("error", (event) => {
  if (event.target instanceof HTMLScriptElement && event.target.type === "module") self.sopirLoadFailed();
}, true);
