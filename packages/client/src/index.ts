// Entry point of @ai-gateway/client; its API is generated from the specs in spec/.
export {};
