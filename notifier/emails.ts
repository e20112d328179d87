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

your order {{shortId}} of {{placedAt}} is cancelled; {{#refundedTotal}}we refunded {{refundedTotal}}.{{/refundedTotal}}{{^refundedTotal}}you will not be charged {{total}}.{{/refundedTotal}}

{{#lines}}
{{quantity}} × {{name}}{{#variantTitle}}, {{variantTitle}}{{/variantTitle}} ({{sku}})
{{/lines}}
`,
    html: `<!doctype html>
<html lang="en"><body style="font-family: sans-serif">
<p>Hello{{#name}} {{name}}{{/name}},</p>
<p>your order <strong>{{shortId}}</strong> of {{placedAt}} is cancelled; {{#refundedTotal}}we refunded <strong>{{refundedTotal}}</strong>.{{/refundedTotal}}{{^refundedTotal}}you will not be charged <strong>{{total}}</strong>.{{/refundedTotal}}</p>
<ul>
{{#lines}}<li>{{quantity}} × {{name}}{{#variantTitle}}, {{variantTitle}}{{/variantTitle}} <small>({{sku}})</small></li>
{{/lines}}</ul>
</body></html>
`,
  },
  ORDER_PAID: {
    subject: 'Your order {{shortId}} is paid',
    text: `Hello{{#name}} {{name}}{{/name}},

thank you: your payment of {{total}} for order {{shortId}} went through. We will email you when it ships.

{{#lines}}
{{quantity}} × {{name}}{{#variantTitle}}, {{variantTitle}}{{/variantTitle}} ({{sku}}): {{lineTotal}}
{{/lines}}

Total: {{total}}
`,
    html: `<!doctype html>
<html lang="en"><body style="font-family: sans-serif">
<p>Hello{{#name}} {{name}}{{/name}},</p>
<p>thank you: your payment of <strong>{{total}}</strong> for order <strong>{{shortId}}</strong> went through. We will email you when it ships.</p>
<table cellpadding="4">
{{#lines}}<tr><td>{{quantity}} ×</td><td>{{name}}{{#variantTitle}}, {{variantTitle}}{{/variantTitle}} <small>({{sku}})</small></td><td align="right">{{lineTotal}}</td></tr>
{{/lines}}<tr><td></td><td><strong>Total</strong></td><td align="right"><strong>{{total}}</strong></td></tr>
</table>
</body></html>
`,
  },
  ORDER_FULFILLED: {
    subject: 'Your order {{shortId}} has shipped',
    text: `Hello{{#name}} {{name}}{{/name}},

your order {{shortId}} has shipped.{{#trackingNumber}} Its tracking number: {{trackingNumber}}.{{/trackingNumber}}

{{#lines}}
{{quantity}} × {{name}}{{#variantTitle}}, {{variantTitle}}{{/variantTitle}} ({{sku}})
{{/lines}}
`,
    html: `<!doctype html>
<html lang="en"><body style="font-family: sans-serif">
<p>Hello{{#name}} {{name}}{{/name}},</p>
<p>your order <strong>{{shortId}}</strong> has shipped.{{#trackingNumber}} Its tracking number: <strong>{{trackingNumber}}</strong>.{{/trackingNumber}}</p>
<ul>
{{#lines}}<li>{{quantity}} × {{name}}{{#variantTitle}}, {{variantTitle}}{{/variantTitle}} <small>({{sku}})</small></li>
{{/lines}}</ul>
</body></html>
`,
  },
  ORDER_REFUNDED: {
    subject: 'Your order {{shortId}} is refunded',
    text: `Hello{{#name}} {{name}}{{/name}},

we refunded {{refundedTotal}} for your order {{shortId}} of {{placedAt}}. It reaches your account within a few days.
`,
    html: `<!doctype html>
<html lang="en"><body style="font-family: sans-serif">
<p>Hello{{#name}} {{name}}{{/name}},</p>
<p>we refunded <strong>{{refundedTotal}}</strong> for your order <strong>{{shortId}}</strong> of {{placedAt}}. It reaches your account within a few days.</p>
</body></html>
`,
  },
} as const;

/** Whether an order event has a customer email (a checkout's start and a delivery have none). */
export function hasOrderEmail(eventType: OrderEventV1['eventType']): eventType is keyof typeof EMAIL_TEMPLATES {
  return eventType in EMAIL_TEMPLATES;
}

/** The email of an order event, to `to`. */
export function orderEmail(event: OrderEventV1, { to, name }: { to: string; name?: string }): Email {
  if (!hasOrderEmail(event.eventType)) throw new Error(`No customer email for ${event.eventType}.`);
  const template = EMAIL_TEMPLATES[event.eventType];
  const view = {
    name,
    shortId: event.order.id.slice(0, 8).toUpperCase(),
    placedAt: new Date(event.order.placedAt).toUTCString(),
    total: formatMoney(event.order.total),
    refundedTotal: event.order.refundedTotal && formatMoney(event.order.refundedTotal),
    trackingNumber: event.order.trackingNumber,
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
