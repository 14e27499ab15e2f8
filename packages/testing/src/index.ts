// Entry point of @ai-gateway/testing; its API is generated from the specs in spec/.
export {};
