import Mustache from 'mustache';
import type { Email } from './outbox';
import type { OrderEventV1 } from './orderEvent';
import { formatMoney } from '../core/money';

/**
 * The customer emails, one text and one HTML template each (Mustache: `{{x}}` is escaped in
 * HTML; the text part is rendered without escaping).
 */
export const EMAIL_TEMPLATES = {
  ORDER_PLACED: {
    subject: 'Your order {{shortId}} is placed',
    text: `Hello{{#name}} {{name}}{{/name}},

thank you for your order {{shortId}} of {{placedAt}}.

{{#lines}}
{{quantity}} × {{name}}{{#variantTitle}}, {{variantTitle}}{{/variantTitle}} ({{sku}}): {{lineTotal}}
{{/lines}}

Total: {{total}}

You can see it, or cancel it, under "My orders".
`,
    html: `<!doctype html>
<html lang="en"><body style="font-family: sans-serif">
<p>Hello{{#name}} {{name}}{{/name}},</p>
<p>thank you for your order <strong>{{shortId}}</strong> of {{placedAt}}.</p>
<table cellpadding="4">
{{#lines}}<tr><td>{{quantity}} ×</td><td>{{name}}{{#variantTitle}}, {{variantTitle}}{{/variantTitle}} <small>({{sku}})</small></td><td align="right">{{lineTotal}}</td></tr>
{{/lines}}<tr><td></td><td><strong>Total</strong></td><td align="right"><strong>{{total}}</strong></td></tr>
</table>
<p>You can see it, or cancel it, under “My orders”.</p>
</body></html>
`,
  },
  ORDER_CANCELLED: {
    subject: 'Your order {{shortId}} is cancelled',
    text: `Hello{{#name}} {{name}}{{/name}},

your order {{shortId}} of {{placedAt}} is cancelled; you will not be charged {{total}}.

{{#lines}}
{{quantity}} × {{name}}{{#variantTitle}}, {{variantTitle}}{{/variantTitle}} ({{sku}})
{{/lines}}
`,
    html: `<!doctype html>
<html lang="en"><body style="font-family: sans-serif">
<p>Hello{{#name}} {{name}}{{/name}},</p>
<p>your order <strong>{{shortId}}</strong> of {{placedAt}} is cancelled; you will not be charged <strong>{{total}}</strong>.</p>
<ul>
{{#lines}}<li>{{quantity}} × {{name}}{{#variantTitle}}, {{variantTitle}}{{/variantTitle}} <small>({{sku}})</small></li>
{{/lines}}</ul>
</body></html>
`,
  },
} as const;

/** The email of an order event, to `to`. */
export function orderEmail(event: OrderEventV1, { to, name }: { to: string; name?: string }): Email {
  const template = EMAIL_TEMPLATES[event.eventType];
  const view = {
    name,
    shortId: event.order.id.slice(0, 8).toUpperCase(),
    placedAt: new Date(event.order.placedAt).toUTCString(),
    total: formatMoney(event.order.total),
    // the variant's option values ("M / Red") after the name, for a line whose variant has options
    lines: event.order.lines.map((line) => ({
      ...line,
      variantTitle: line.selectedOptions?.length ? line.selectedOptions.map((option) => option.value).join(' / ') : undefined,
      lineTotal: formatMoney(line.lineTotal),
    })),
  };
  const plain = { escape: (value: string) => value };
  return {
    to,
    subject: Mustache.render(template.subject, view, {}, plain),
    text: Mustache.render(template.text, view, {}, plain),
    html: Mustache.render(template.html, view),
  };
}
