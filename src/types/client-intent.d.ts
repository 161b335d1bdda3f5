/** `client:intent` (src/integrations/client-intent.ts) for the type checker: hydrate on the reader's first hover, focus, tap or key. */
import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    'client:intent'?: boolean;
  }
}
