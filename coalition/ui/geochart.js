// A map (a plotly figure of choropleth and scattergeo traces) drawn with plotly.js's geo bundle: 1.4 MB of script
// where Streamlit's plotly chart loads the full 4.7 MB, drawn once where Streamlit's draws twice. Mounted by
// coalition/ui/geochart.py (an st.components.v2 component): data = {figure, config, script, alt, clickable, failed}.
// A click on a state or a marker sends its id (the location, or the first customdata value) as the "click" trigger.

function plotly(src) {
  // One plotly.js per page, however many maps mount: the first mount adds the script, the others wait for it.
  window.coalitionPlotly ??= new Promise((resolve, reject) => {
    if (window.Plotly) return resolve(window.Plotly);
    const script = document.createElement("script");
    script.src = src;
    script.onload = () => resolve(window.Plotly);
    script.onerror = () => {
      window.coalitionPlotly = undefined; // the next map to mount tries again
      script.remove();
      reject(new Error(`plotly.js did not load from ${src}`));
    };
    document.head.appendChild(script);
  });
  return window.coalitionPlotly;
}

function themed(layout, element) {
  // As Streamlit's chart theme does: hover labels in the page's colours (background, border, text), so they read in
  // light and dark alike, and the mode bar on no background. The theme's colours are CSS variables on the page.
  const style = getComputedStyle(element);
  const colour = (name) => style.getPropertyValue(name).trim() || undefined;
  const hoverlabel = layout.hoverlabel || {};
  return {
    ...layout,
    hoverlabel: {
      bgcolor: colour("--st-background-color"),
      bordercolor: colour("--st-border-color"),
      ...hoverlabel,
      font: { color: colour("--st-text-color"), ...(hoverlabel.font || {}) },
    },
    modebar: { bgcolor: "rgba(0,0,0,0)", color: colour("--st-text-color"), ...(layout.modebar || {}) },
  };
}

function clicked(event) {
  const point = event && event.points && event.points[0];
  if (!point) return null;
  const id = point.location ?? (point.customdata ?? [])[0];
  return id == null ? null : String(id);
}

export default function ({ data, parentElement, setTriggerValue }) {
  const { figure, config, script, alt, clickable, failed } = data;
  let plot = parentElement.querySelector(".geo-chart");
  if (!plot) {
    plot = document.createElement("div");
    plot.className = "geo-chart";
    parentElement.appendChild(plot);
  }
  plot.setAttribute("role", "figure");
  plot.setAttribute("aria-label", alt);
  // Streamlit calls this again when the figure or the theme changes, without the cleanup (that runs only when the map
  // leaves the page): only the latest call draws, so one still waiting for plotly.js or the shapes draws nothing.
  const draw = (plot.coalitionDraw || 0) + 1;
  plot.coalitionDraw = draw;
  const latest = () => plot.coalitionDraw === draw;
  plotly(script)
    .then((Plotly) => (latest() ? Plotly.newPlot(plot, figure.data, themed(figure.layout, plot), config) : null))
    .then((drawn) => {
      if (!drawn || !latest()) return;
      parentElement.querySelector(".geo-chart-failed")?.remove();
      // newPlot removed the previous draw's listeners: one click, one trigger.
      if (clickable) {
        plot.on("plotly_click", (event) => {
          const id = clicked(event);
          if (id) setTriggerValue("click", id);
        });
      }
    })
    .catch((error) => {
      // plotly.js or the shapes did not load (the server restarting, a network cut): say so above the map's place.
      console.error("The map could not be drawn:", error);
      if (!latest() || parentElement.querySelector(".geo-chart-failed")) return;
      const notice = document.createElement("p");
      notice.className = "geo-chart-failed";
      notice.setAttribute("role", "status");
      notice.textContent = failed;
      parentElement.insertBefore(notice, plot);
    });
  return () => {
    plot.coalitionDraw = -1;
    if (window.Plotly) window.Plotly.purge(plot);
  };
}
