/**
 * Harvesting the Flemish Parliament's written questions from its open-data API: the search API
 * paged ({@link org.policygraph.harvest.SearchPager}), each question's detail as JSON and its PDFs
 * ({@link org.policygraph.harvest.Harvester}), politely ({@link org.policygraph.harvest.ApiClient}:
 * a rate limit, retries with backoff, a time limit per request, a User-Agent naming the project) and
 * resumably ({@link org.policygraph.harvest.HarvestJournal}). The API's value formats were never seen
 * in a real response, so every value is read tolerantly ({@link org.policygraph.harvest.JsonValues}),
 * and a response that does not fit fails its question only. Nothing here knows RDF; the records go
 * to {@code rdf/HarvestMapping}.
 */
package org.policygraph.harvest;
