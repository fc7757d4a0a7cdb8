// A chart (a plotly figure) drawn with one of plotly.js's partial bundles, geo or cartesian: about 1.4 MB of script
// where Streamlit's plotly chart loads the full 4.7 MB, drawn once where Streamlit's draws twice. Mounted by
// coalition/ui/plotchart.py (an st.components.v2 component): data = {figure, config, script, alt, clickable, failed}.
// A click on a state, a marker or a point sends its id (the location, or the first customdata value) as the "click"
// trigger.

function plotly(src) {
  // One plotly.js per bundle and page, however many charts mount: the first adds the script, the others wait for it.
  // Each bundle sets window.Plotly as it runs; it is kept per bundle, so a map and a timeline on one page each get
  // theirs.
  window.coalitionPlotly ??= {};
  window.coalitionPlotly[src] ??= new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.onload = () => resolve(window.Plotly);
    script.onerror = () => {
      delete window.coalitionPlotly[src]; // the next chart to mount tries again
      script.remove();
      reject(new Error(`plotly.js did not load from ${src}`));
    };
    document.head.appendChild(script);
  });
  return window.coalitionPlotly[src];
}

function themed(layout, element) {
  // What Streamlit's chart theme gave the figures, which leave these colours to the page (coalition.theme.PAGE): hover
  // labels in the page's colours, grid lines in its border colour, no vertical grid or zero line unless the figure
  // asks, the mode bar on no background; so a chart reads in light and dark alike. The theme's colours are CSS
  // variables on the page. The figure's own values win.
  const style = getComputedStyle(element);
  const colour = (name) => style.getPropertyValue(name).trim() || undefined;
  const text = colour("--st-text-color");
  const grid = colour("--st-border-color");
  // Tick labels at Streamlit's small size (0.75rem), which the figures' margins were laid out with.
  const tickSize = 0.75 * (parseFloat(colour("--st-base-font-size")) || 16);
  const themedLayout = { ...layout };
  for (const [name, axis] of Object.entries(layout)) {
    if (!/^[xy]axis\d*$/.test(name)) continue;
    const vertical = name.startsWith("x") ? { showgrid: false, zeroline: false } : {};
    const tickfont = { size: tickSize, ...(axis.tickfont || {}) };
    themedLayout[name] = { gridcolor: grid, zerolinecolor: grid, tickcolor: grid, automargin: true, ...vertical, ...axis, tickfont };
  }
  const hoverlabel = layout.hoverlabel || {};
  return {
    ...themedLayout,
    plot_bgcolor: layout.plot_bgcolor ?? colour("--st-background-color"),
    hoverlabel: {
      bgcolor: colour("--st-background-color"),
      bordercolor: grid,
      ...hoverlabel,
      font: { color: text, ...(hoverlabel.font || {}) },
    },
    modebar: { bgcolor: "rgba(0,0,0,0)", color: text, ...(layout.modebar || {}) },
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
  let plot = parentElement.querySelector(".plot-chart");
  if (!plot) {
    plot = document.createElement("div");
    plot.className = "plot-chart";
    parentElement.appendChild(plot);
  }
  plot.setAttribute("role", "figure");
  plot.setAttribute("aria-label", alt);
  // Streamlit calls this again when the figure or the theme changes, without the cleanup (that runs only when the chart
  // leaves the page). Draws on one element run one after the other (plotly.js fails when a draw starts while another
  // waits for a map's shapes), and only the latest call draws: one superseded while waiting draws nothing.
  const draw = (plot.coalitionDraw || 0) + 1;
  plot.coalitionDraw = draw;
  const latest = () => plot.coalitionDraw === draw;
  const drawing = (plot.coalitionDrawing || Promise.resolve())
    .then(() => plotly(script))
    .then((Plotly) => {
      if (!latest()) return null;
      plot.coalitionPlotly = Plotly;
      return Plotly.newPlot(plot, figure.data, themed(figure.layout, plot), config);
    })
    .then((drawn) => {
      if (!drawn || !latest()) return;
      parentElement.querySelector(".plot-chart-failed")?.remove();
      // newPlot removed the previous draw's listeners: one click, one trigger.
      if (clickable) {
        plot.on("plotly_click", (event) => {
          const id = clicked(event);
          if (id) setTriggerValue("click", id);
        });
      }
    })
    .catch((error) => {
      // plotly.js or the map's shapes did not load (the server restarting, a network cut): say so above its place.
      console.error("The chart could not be drawn:", error);
      if (!latest() || parentElement.querySelector(".plot-chart-failed")) return;
      const notice = document.createElement("p");
      notice.className = "plot-chart-failed";
      notice.setAttribute("role", "status");
      notice.textContent = failed;
      parentElement.insertBefore(notice, plot);
    });
  plot.coalitionDrawing = drawing;
  return () => {
    plot.coalitionDraw = -1;
    drawing.then(() => plot.coalitionPlotly?.purge(plot));
  };
}
