/** /glossary/tips.json: each term's short definition, for the definitions shown in place in the analysis (src/lib/glossary/tips.ts). */
import type { APIRoute } from 'astro';
import { GLOSSARY } from '../../data/glossary';
import { tipsOf } from '../../lib/glossary/tips';

export const GET: APIRoute = () => new Response(JSON.stringify(tipsOf(GLOSSARY)), { headers: { 'Content-Type': 'application/json' } });
