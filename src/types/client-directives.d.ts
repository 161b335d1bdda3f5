/** The site's own hydration directive (src/integrations/client-directives.ts), for the type checker. */
import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate on the reader's first hover, focus, tap or key. */
    'client:intent'?: boolean;
  }
}
