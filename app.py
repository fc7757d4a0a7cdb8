"""Router: page config, navigation over the views, and the footer."""

from coalition import ui

ui.route()
