"""Router: page config, navigation over the five views, and the footer."""

from coalition import ui

ui.configure_page()
ui.navigation().run()
ui.footer()
