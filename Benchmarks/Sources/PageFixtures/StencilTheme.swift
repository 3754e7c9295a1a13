/// The default theme's order page (Templates/order.mustache, layout.mustache and the two partials)
/// written in Stencil's syntax, markup for markup, for the Stencil benchmarks.
enum StencilTheme {
    static let templates: [String: String] = [
        "layout.html": layout,
        "order.html": order,
        "line.html": line,
        "asset.html": asset,
    ]

    static let layout = """
        <!DOCTYPE html>
        <html lang="{{ page.lang|e }}">
        <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; \
        img-src 'self'; base-uri 'none'; form-action 'none'" />
        <meta name="referrer" content="no-referrer" />
        <meta name="robots" content="noindex, nofollow" />
        <meta name="color-scheme" content="light dark" />
        <title>{% block title %}{{ page.title|e }}{% endblock %}</title>
        <link rel="stylesheet" href="{{ page.root|e }}style.css" />
        <link rel="icon" href="{{ page.root|e }}favicon.svg" type="image/svg+xml" />
        </head>
        <body>
        <a class="skip-link" href="#content">{{ strings.skip_to_content|e }}</a>
        <header class="site-header">
          <div class="wrap">
            {% block header %}
            <h1 class="page-title">{{ page.title|e }}</h1>
            {% endblock %}
          </div>
        </header>
        <main id="content" class="site-main">
          <div class="wrap">
            {% block content %}
            {% endblock %}
          </div>
        </main>
        <footer class="site-footer">
          <div class="wrap">
            {% block footer %}
            <p class="privacy-note">{{ strings.footer|e }}</p>
            {% endblock %}
          </div>
        </footer>
        </body>
        </html>

        """

    static let order = """
        {% extends "layout.html" %}
        {% block header %}
        <h1 class="page-title">{{ page.title|e }}</h1>
        <h2 class="order-number">{{ order.number_label|e }}</h2>
        {% endblock %}
        {% block content %}
        {% if text.html %}
        <div class="intro prose">
        {{ text.html }}
        </div>
        {% endif %}
        {% if not order.has_assets %}
        <p class="notice">{{ strings.order_no_assets|e }}</p>
        {% endif %}
        <section class="section" aria-labelledby="items-heading">
          <h2 id="items-heading" class="section-heading">{{ strings.items_heading|e }}</h2>
          <ul class="lines">
            {% for line in order.lines %}
            {% include "line.html" %}
            {% endfor %}
          </ul>
        </section>
        {% if order.has_order_assets %}
        <section class="section" aria-labelledby="order-files-heading">
          <h2 id="order-files-heading" class="section-heading">{{ strings.order_files_heading|e }}</h2>
          <div class="card">
            <ul class="assets">
              {% for asset in order.assets %}
              {% include "asset.html" %}
              {% endfor %}
            </ul>
          </div>
        </section>
        {% endif %}
        {% endblock %}
        """

    static let line = """
        <li class="card line">
          <h3 class="line-name">{{ line.name|e }}</h3>
          <dl class="details"{% if not line.variant and not line.vendor and not line.sku and not line.has_tags %} \
        hidden="hidden"{% endif %}>
            {% if line.variant %}
            <div><dt>{{ strings.variant|e }}</dt><dd>{{ line.variant|e }}</dd></div>
            {% endif %}
            {% if line.vendor %}
            <div><dt>{{ strings.vendor|e }}</dt><dd>{{ line.vendor|e }}</dd></div>
            {% endif %}
            {% if line.sku %}
            <div><dt>{{ strings.sku|e }}</dt><dd>{{ line.sku|e }}</dd></div>
            {% endif %}
            {% if line.has_tags %}
            <div>
              <dt>{{ strings.tags|e }}</dt>
              <dd>
                <ul class="tags">
                  {% for tag in line.tags %}
                  <li>{{ tag|e }}</li>
                  {% endfor %}
                </ul>
              </dd>
            </div>
            {% endif %}
          </dl>
          {% if line.has_assets %}
          <ul class="assets">
            {% for asset in line.assets %}
            {% include "asset.html" %}
            {% endfor %}
          </ul>
          {% else %}
          <p class="line-empty">{{ strings.line_no_assets|e }}</p>
          {% endif %}
        </li>

        """

    static let asset = """
        <li class="asset{% if asset.is_file %} asset--file{% endif %}{% if asset.is_link %} asset--link{% endif %}\
        {% if asset.limit_reached %} asset--reached{% endif %}">
          <div class="asset-info">
            <p class="asset-name">{{ asset.filename|e }}</p>
            <dl class="asset-meta">
              <div><dt>{{ strings.type|e }}</dt><dd>{{ asset.kind_label|e }}</dd></div>
              {% if asset.size %}
              <div><dt>{{ strings.size|e }}</dt><dd>{{ asset.size|e }}</dd></div>
              {% endif %}
              <div><dt>{{ strings.usage|e }}</dt><dd>{{ asset.usage|e }}</dd></div>
            </dl>
          </div>
          {% if asset.href %}
          <a class="button" href="{{ asset.href|e }}" rel="noopener noreferrer">{{ asset.action_label|e }} \
        <span class="visually-hidden">{{ asset.filename|e }}</span></a>
          {% else %}
          <p class="asset-unavailable">{{ asset.unavailable|e }}</p>
          {% endif %}
        </li>

        """
}
