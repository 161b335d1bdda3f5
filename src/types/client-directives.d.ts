/** The site's hydration directives (src/integrations/client-directives.ts), for the type checker. */
import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate on the reader's first hover, focus, tap or key. */
    'client:intent'?: boolean;
    /** Hydrate on scrolling into view, evaluating the framework and the island's code in separate tasks. */
    'client:staged'?: boolean;
  }
}
